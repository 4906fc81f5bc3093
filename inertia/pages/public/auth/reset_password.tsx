import { Form } from '@adonisjs/inertia/react'
import type { InertiaProps } from '~/types'
import { AuthFrame, Field } from '~/lib/i18n_ui'
import { useI18n } from '~/lib/i18n'

type Props = InertiaProps<{ token: string }>

export default function ResetPassword({ token }: Props) {
  const { t } = useI18n()
  return (
    <AuthFrame title={t('reset.title')} lead={t('reset.lead')}>
      <Form route="password.reset.update" routeParams={{ token }} className="form" resetOnError>
        {({ errors, processing }) => (
          <>
            <Field
              name="password"
              type="password"
              label={t('field.newPassword')}
              hint={t('field.passwordHint')}
              autoComplete="new-password"
              error={errors.password}
              minLength={10}
              required
              autoFocus
            />
            <button type="submit" className="button" disabled={processing}>
              {t('reset.submit')}
            </button>
          </>
        )}
      </Form>
    </AuthFrame>
  )
}
