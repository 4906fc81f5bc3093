import { Form, Link } from '@adonisjs/inertia/react'
import { AuthFrame, Field } from '~/lib/i18n_ui'
import { useI18n } from '~/lib/i18n'

export default function ForgotPassword() {
  const { t } = useI18n()
  return (
    <AuthFrame title={t('auth.forgot.title')} lead={t('auth.forgot.lead')}>
      <Form route="password.forgot.store" className="form" resetOnSuccess>
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
              {t('auth.forgot.submit')}
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
