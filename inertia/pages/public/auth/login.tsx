import { Link } from '@adonisjs/inertia/react'
import { CurrentPasswordField, CustomerForm, EmailField } from '~/components/customer_form'
import { AuthFrame, GoogleSignIn } from '~/lib/i18n_ui'
import { useI18n } from '~/lib/i18n'

export default function Login({ googleSignIn }: { googleSignIn: boolean }) {
  const { t } = useI18n()
  return (
    <AuthFrame title={t('auth.login.title')} lead={t('auth.login.lead')}>
      <CustomerForm route="login.store" submit={t('auth.login.submit')} resetOnError={['password']}>
        {(errors) => (
          <>
            <EmailField autoComplete="username" error={errors.email} />
            <CurrentPasswordField
              name="password"
              label={t('common.field.password')}
              error={errors.password}
            />
          </>
        )}
      </CustomerForm>
      <GoogleSignIn enabled={googleSignIn} />
      <ul className="auth-links">
        <li>
          <Link route="password.forgot">{t('auth.login.forgot')}</Link>
        </li>
        <li>
          <Link route="verification.create">{t('auth.login.resend')}</Link>
        </li>
        <li>
          {t('auth.login.noAccount')} <Link route="register">{t('common.nav.register')}</Link>
        </li>
      </ul>
    </AuthFrame>
  )
}
