import type { InertiaProps } from '~/types'
import { CustomerForm, NewPasswordField } from '~/components/customer_form'
import { AuthFrame } from '~/lib/i18n_ui'
import { useI18n } from '~/lib/i18n'

type Props = InertiaProps<{ token: string; passwordMinLength: number }>

export default function ResetPassword({ token, passwordMinLength }: Props) {
  const { t } = useI18n()
  return (
    <AuthFrame title={t('auth.reset.title')} lead={t('auth.reset.lead')}>
      <CustomerForm
        route="password.reset.update"
        routeParams={{ token }}
        submit={t('auth.reset.submit')}
        resetOnError
      >
        {(errors) => (
          <NewPasswordField
            label={t('common.field.newPassword')}
            minLength={passwordMinLength}
            error={errors.password}
            autoFocus
          />
        )}
      </CustomerForm>
    </AuthFrame>
  )
}
