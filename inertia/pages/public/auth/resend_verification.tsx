import { EmailLinkRequest } from '~/components/customer_form'
import { useI18n } from '~/lib/i18n'

export default function ResendVerification() {
  const { t } = useI18n()
  return (
    <EmailLinkRequest
      route="verification.resend"
      title={t('auth.resend.title')}
      lead={t('auth.resend.lead')}
      submit={t('auth.resend.submit')}
    />
  )
}
