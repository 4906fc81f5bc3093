import { Form, Link } from '@adonisjs/inertia/react'
import { AuthFrame, Field } from '~/lib/i18n_ui'
import { useI18n } from '~/lib/i18n'

export default function ResendVerification() {
  const { t } = useI18n()
  return (
    <AuthFrame title={t('auth.resend.title')} lead={t('auth.resend.lead')}>
      <Form route="verification.resend" className="form" resetOnSuccess>
        {({ errors, processing }) => (
          <>
            <Field
              name="email"
              type="email"
              label={t('common.field.email')}
              autoComplete="email"
              error={errors.email}
              required
            />
            <button type="submit" className="button" disabled={processing}>
              {t('auth.resend.submit')}
            </button>
          </>
        )}
      </Form>
      <p className="auth-links">
        <Link route="login">{t('auth.forgot.back')}</Link>
      </p>
    </AuthFrame>
  )
}
