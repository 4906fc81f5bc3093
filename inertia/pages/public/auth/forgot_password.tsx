import { EmailLinkRequest } from '~/components/customer_form'
import { useI18n } from '~/lib/i18n'

export default function ForgotPassword() {
  const { t } = useI18n()
  return (
    <EmailLinkRequest
      route="password.forgot.store"
      title={t('auth.forgot.title')}
      lead={t('auth.forgot.lead')}
      submit={t('auth.forgot.submit')}
    />
  )
}
