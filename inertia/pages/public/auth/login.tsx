import { Form, Link } from '@adonisjs/inertia/react'
import { AuthFrame, Field, FormError, formLevelError, GoogleSignIn } from '~/lib/i18n_ui'
import { useI18n } from '~/lib/i18n'

export default function Login({ googleSignIn }: { googleSignIn: boolean }) {
  const { t } = useI18n()
  return (
    <AuthFrame title={t('auth.login.title')} lead={t('auth.login.lead')}>
      <Form route="login.store" className="form" resetOnError={['password']}>
        {({ errors, processing }) => (
          <>
            <FormError message={formLevelError(errors)} />
            <Field
              name="email"
              type="email"
              label={t('common.field.email')}
              autoComplete="username"
              error={errors.email}
              required
            />
            <Field
              name="password"
              type="password"
              label={t('common.field.password')}
              autoComplete="current-password"
              error={errors.password}
              required
            />
            <button type="submit" className="button" disabled={processing}>
              {t('auth.login.submit')}
            </button>
          </>
        )}
      </Form>
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
