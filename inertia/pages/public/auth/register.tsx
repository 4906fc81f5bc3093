import { Form, Link } from '@adonisjs/inertia/react'
import { AuthFrame, Field, FormError, formLevelError, GoogleSignIn } from '~/lib/i18n_ui'
import { useI18n } from '~/lib/i18n'

export default function Register({ googleSignIn }: { googleSignIn: boolean }) {
  const { t } = useI18n()
  return (
    <AuthFrame title={t('auth.register.title')} lead={t('auth.register.lead')}>
      <Form
        route="register.store"
        className="form"
        resetOnError={['password']}
        disableWhileProcessing
      >
        {({ errors, processing }) => (
          <>
            <FormError message={formLevelError(errors)} />
            <div className="field-row">
              <Field
                name="firstName"
                label={t('common.field.firstName')}
                autoComplete="given-name"
                error={errors.firstName}
                required
              />
              <Field
                name="lastName"
                label={t('common.field.lastName')}
                autoComplete="family-name"
                error={errors.lastName}
                required
              />
            </div>
            <Field
              name="email"
              type="email"
              label={t('common.field.email')}
              autoComplete="email"
              error={errors.email}
              required
            />
            <Field
              name="password"
              type="password"
              label={t('common.field.password')}
              hint={t('common.field.passwordHint')}
              autoComplete="new-password"
              error={errors.password}
              minLength={10}
              required
            />
            <Field
              name="phone"
              type="tel"
              label={t('common.field.phone')}
              hint={t('common.field.phoneHint')}
              autoComplete="tel"
              error={errors.phone}
            />
            <div className={errors.terms ? 'field field-check has-error' : 'field field-check'}>
              <label htmlFor="field-terms">
                <input id="field-terms" name="terms" type="checkbox" value="on" required />
                <span>
                  {t('auth.register.termsBefore')}
                  <a href="/terms" target="_blank" rel="noreferrer">
                    {t('auth.register.termsLink')}
                  </a>
                  {t('auth.register.termsMiddle')}
                  <a href="/privacy" target="_blank" rel="noreferrer">
                    {t('auth.register.privacyLink')}
                  </a>
                  {t('auth.register.termsAfter')}
                </span>
              </label>
              {errors.terms && <p className="field-error">{errors.terms}</p>}
            </div>
            <button type="submit" className="button" disabled={processing}>
              {t('auth.register.submit')}
            </button>
          </>
        )}
      </Form>
      <GoogleSignIn enabled={googleSignIn} />
      <p className="auth-links">
        {t('auth.register.haveAccount')} <Link route="login">{t('common.nav.login')}</Link>
      </p>
    </AuthFrame>
  )
}
