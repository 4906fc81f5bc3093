import { Form, Link } from '@adonisjs/inertia/react'
import { AuthFrame, Field, FormError, formLevelError, GoogleSignIn } from '~/lib/i18n_ui'
import { useI18n } from '~/lib/i18n'

export default function Login({ googleSignIn }: { googleSignIn: boolean }) {
  const { t } = useI18n()
  return (
    <AuthFrame title={t('login.title')} lead={t('login.lead')}>
      <Form route="login.store" className="form" resetOnError={['password']}>
        {({ errors, processing }) => (
          <>
            <FormError message={formLevelError(errors)} />
            <Field
              name="email"
              type="email"
              label={t('field.email')}
              autoComplete="username"
              error={errors.email}
              required
            />
            <Field
              name="password"
              type="password"
              label={t('field.password')}
              autoComplete="current-password"
              error={errors.password}
              required
            />
            <button type="submit" className="button" disabled={processing}>
              {t('login.submit')}
            </button>
          </>
        )}
      </Form>
      <GoogleSignIn enabled={googleSignIn} />
      <ul className="auth-links">
        <li>
          <Link route="password.forgot">{t('login.forgot')}</Link>
        </li>
        <li>
          <Link route="verification.create">{t('login.resend')}</Link>
        </li>
        <li>
          {t('login.noAccount')} <Link route="register">{t('nav.register')}</Link>
        </li>
      </ul>
    </AuthFrame>
  )
}
