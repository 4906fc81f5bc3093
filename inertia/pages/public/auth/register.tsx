import { Link } from '@adonisjs/inertia/react'
import {
  CustomerForm,
  EmailField,
  NameFields,
  NewPasswordField,
  PhoneField,
} from '~/components/customer_form'
import { AuthFrame, CheckField, GoogleSignIn } from '~/lib/i18n_ui'
import { useI18n } from '~/lib/i18n'

export default function Register({
  googleSignIn,
  passwordMinLength,
}: {
  googleSignIn: boolean
  passwordMinLength: number
}) {
  const { t } = useI18n()
  return (
    <AuthFrame title={t('auth.register.title')} lead={t('auth.register.lead')}>
      <CustomerForm
        route="register.store"
        submit={t('auth.register.submit')}
        resetOnError={['password']}
        disableWhileProcessing
      >
        {(errors) => (
          <>
            <NameFields errors={errors} />
            <EmailField error={errors.email} />
            <NewPasswordField minLength={passwordMinLength} error={errors.password} />
            <PhoneField error={errors.phone} withHint />
            <CheckField id="field-terms" name="terms" error={errors.terms} required>
              {t('auth.register.termsBefore')}
              <a href="/terms" target="_blank" rel="noreferrer">
                {t('auth.register.termsLink')}
              </a>
              {t('auth.register.termsMiddle')}
              <a href="/privacy" target="_blank" rel="noreferrer">
                {t('auth.register.privacyLink')}
              </a>
              {t('auth.register.termsAfter')}
            </CheckField>
          </>
        )}
      </CustomerForm>
      <GoogleSignIn enabled={googleSignIn} />
      <p className="auth-links">
        {t('auth.register.haveAccount')} <Link route="login">{t('common.nav.login')}</Link>
      </p>
    </AuthFrame>
  )
}
