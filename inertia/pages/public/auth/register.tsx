import { Form, Link } from '@adonisjs/inertia/react'
import { AuthFrame, Field, FormError, formLevelError, GoogleSignIn } from '~/lib/i18n_ui'
import { useI18n } from '~/lib/i18n'

export default function Register({ googleSignIn }: { googleSignIn: boolean }) {
  const { t } = useI18n()
  return (
    <AuthFrame title={t('register.title')} lead={t('register.lead')}>
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
                label={t('field.firstName')}
                autoComplete="given-name"
                error={errors.firstName}
                required
              />
              <Field
                name="lastName"
                label={t('field.lastName')}
                autoComplete="family-name"
                error={errors.lastName}
                required
              />
            </div>
            <Field
              name="email"
              type="email"
              label={t('field.email')}
              autoComplete="email"
              error={errors.email}
              required
            />
            <Field
              name="password"
              type="password"
              label={t('field.password')}
              hint={t('field.passwordHint')}
              autoComplete="new-password"
              error={errors.password}
              minLength={10}
              required
            />
            <Field
              name="phone"
              type="tel"
              label={t('field.phone')}
              hint={t('field.phoneHint')}
              autoComplete="tel"
              error={errors.phone}
            />
            <div className={errors.terms ? 'field field-check has-error' : 'field field-check'}>
              <label htmlFor="field-terms">
                <input id="field-terms" name="terms" type="checkbox" value="on" required />
                <span>
                  {t('register.termsBefore')}
                  <a href="/terms" target="_blank" rel="noreferrer">
                    {t('register.termsLink')}
                  </a>
                  {t('register.termsMiddle')}
                  <a href="/privacy" target="_blank" rel="noreferrer">
                    {t('register.privacyLink')}
                  </a>
                  {t('register.termsAfter')}
                </span>
              </label>
              {errors.terms && <p className="field-error">{errors.terms}</p>}
            </div>
            <button type="submit" className="button" disabled={processing}>
              {t('register.submit')}
            </button>
          </>
        )}
      </Form>
      <GoogleSignIn enabled={googleSignIn} />
      <p className="auth-links">
        {t('register.haveAccount')} <Link route="login">{t('nav.login')}</Link>
      </p>
    </AuthFrame>
  )
}
