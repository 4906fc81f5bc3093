import { Form } from '@adonisjs/inertia/react'
import type { InertiaProps } from '~/types'
import { AuthFrame } from '~/lib/i18n_ui'
import { useI18n } from '~/lib/i18n'

type Props = InertiaProps<{ token: string }>

/**
 * The emailed confirmation link lands here; the button uses the token (a
 * mail scanner that merely opens the link does not).
 */
export default function VerifyEmail({ token }: Props) {
  const { t } = useI18n()
  return (
    <AuthFrame title={t('auth.verify.title')} lead={t('auth.verify.lead')}>
      <Form route="verification.store" routeParams={{ token }} className="form">
        {({ processing }) => (
          <button type="submit" className="button" disabled={processing}>
            {t('auth.verify.submit')}
          </button>
        )}
      </Form>
    </AuthFrame>
  )
}
