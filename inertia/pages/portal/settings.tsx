import type { ComponentProps, ReactNode } from 'react'
import type { InertiaProps } from '~/types'
import PortalLayout from '~/layouts/portal_layout'
import {
  CurrentPasswordField,
  CustomerForm,
  EmailField,
  NameFields,
  NewPasswordField,
  PhoneField,
  type FieldErrors,
} from '~/components/customer_form'
import { useI18n } from '~/lib/i18n'
import { SelectField } from '~/lib/i18n_ui'

type Profile = {
  firstName: string
  lastName: string
  phone: string | null
  email: string
  locale: 'el' | 'en'
}

type Props = InertiaProps<{
  emailVerified: boolean
  profile: Profile
  passwordMinLength: number
}>

export default function Settings({ emailVerified, profile, passwordMinLength }: Props) {
  const { t } = useI18n()
  return (
    <PortalLayout title={t('portal.settings.title')} emailVerified={emailVerified}>
      <h1>{t('portal.settings.title')}</h1>

      <SettingsForm form="profile">
        {(errors) => (
          <>
            <NameFields errors={errors} defaults={profile} />
            <PhoneField error={errors.phone} defaultValue={profile.phone} />
            <SelectField
              name="locale"
              label={t('common.field.locale')}
              options={[
                { value: 'el', label: t('common.lang.el') },
                { value: 'en', label: t('common.lang.en') },
              ]}
              defaultValue={profile.locale}
              error={errors.locale}
            />
          </>
        )}
      </SettingsForm>

      <SettingsForm form="password" resetOnSuccess resetOnError>
        {(errors) => (
          <>
            <CurrentPasswordField id="password-currentPassword" error={errors.currentPassword} />
            <NewPasswordField
              name="newPassword"
              label={t('common.field.newPassword')}
              minLength={passwordMinLength}
              error={errors.newPassword}
            />
          </>
        )}
      </SettingsForm>

      <SettingsForm
        form="email"
        lead={t('portal.settings.emailLead', { email: profile.email })}
        resetOnSuccess
        resetOnError={['currentPassword']}
      >
        {(errors) => (
          <>
            <EmailField
              name="newEmail"
              label={t('common.field.newEmail')}
              error={errors.newEmail}
            />
            <CurrentPasswordField id="email-currentPassword" error={errors.currentPassword} />
          </>
        )}
      </SettingsForm>
    </PortalLayout>
  )
}

/**
 * One of the page's three forms, in a section of its own: posted to
 * `portal.settings.<form>` with its own error bag (so one form's errors stay
 * on it), and its words under `portal.settings.<form>` in portal.json.
 */
function SettingsForm({
  form,
  lead,
  resetOnSuccess,
  resetOnError,
  children,
}: {
  form: 'profile' | 'password' | 'email'
  lead?: string
  resetOnSuccess?: boolean
  resetOnError?: ComponentProps<typeof CustomerForm>['resetOnError']
  children: (errors: FieldErrors) => ReactNode
}) {
  const { t } = useI18n()
  return (
    <section className="portal-section" aria-labelledby={`settings-${form}`}>
      <h2 id={`settings-${form}`}>{t(`portal.settings.${form}`)}</h2>
      {lead && <p className="muted">{lead}</p>}
      <CustomerForm
        route={`portal.settings.${form}`}
        errorBag={form}
        options={{ preserveScroll: true }}
        resetOnSuccess={resetOnSuccess}
        resetOnError={resetOnError}
        submit={t(`portal.settings.${form}Submit`)}
      >
        {children}
      </CustomerForm>
    </section>
  )
}
