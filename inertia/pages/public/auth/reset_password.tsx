import { Form } from '@adonisjs/inertia/react'
import type { InertiaProps } from '~/types'
import { AuthFrame, Field } from '~/lib/i18n_ui'
import { useI18n } from '~/lib/i18n'

type Props = InertiaProps<{ token: string }>

export default function ResetPassword({ token }: Props) {
  const { t } = useI18n()
  return (
    <AuthFrame title={t('auth.reset.title')} lead={t('auth.reset.lead')}>
      <Form route="password.reset.update" routeParams={{ token }} className="form" resetOnError>
        {({ errors, processing }) => (
          <>
            <Field
              name="password"
              type="password"
              label={t('common.field.newPassword')}
              hint={t('common.field.passwordHint')}
              autoComplete="new-password"
              error={errors.password}
              minLength={10}
              required
              autoFocus
            />
            <button type="submit" className="button" disabled={processing}>
              {t('auth.reset.submit')}
            </button>
          </>
        )}
      </Form>
    </AuthFrame>
  )
}
