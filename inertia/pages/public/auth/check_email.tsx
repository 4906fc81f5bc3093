import { Link } from '@adonisjs/inertia/react'
import type { InertiaProps } from '~/types'
import { AuthFrame } from '~/lib/i18n_ui'
import { useI18n } from '~/lib/i18n'

type Props = InertiaProps<{ email: string | null }>

/** What every registration ends on, new account or not. */
export default function CheckEmail({ email }: Props) {
  const { t } = useI18n()
  return (
    <AuthFrame title={t('auth.checkEmail.title')}>
      <p>{email ? t('auth.checkEmail.bodyWithEmail', { email }) : t('auth.checkEmail.body')}</p>
      <p className="muted">{t('auth.checkEmail.spam')}</p>
      <p className="auth-actions">
        <Link className="button" route="login">
          {t('auth.checkEmail.login')}
        </Link>
        <Link className="button ghost" route="verification.create">
          {t('auth.checkEmail.resend')}
        </Link>
      </p>
    </AuthFrame>
  )
}
