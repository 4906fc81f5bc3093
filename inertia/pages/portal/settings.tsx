import type { InertiaProps } from '~/types'
import PortalLayout from '~/layouts/portal_layout'
import {
  CurrentPasswordField,
  CustomerForm,
  EmailField,
  NameFields,
  NewPasswordField,
  PhoneField,
} from '~/components/customer_form'
import { useI18n } from '~/lib/i18n'

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

      <section className="portal-section" aria-labelledby="settings-profile">
        <h2 id="settings-profile">{t('portal.settings.profile')}</h2>
        <CustomerForm
          route="portal.settings.profile"
          errorBag="profile"
          options={{ preserveScroll: true }}
          submit={t('portal.settings.profileSubmit')}
        >
          {(errors) => (
            <>
              <NameFields errors={errors} defaults={profile} />
              <PhoneField error={errors.phone} defaultValue={profile.phone} />
              <div className={errors.locale ? 'field has-error' : 'field'}>
                <label htmlFor="field-locale">{t('common.field.locale')}</label>
                <select id="field-locale" name="locale" defaultValue={profile.locale}>
                  <option value="el">{t('common.lang.el')}</option>
                  <option value="en">{t('common.lang.en')}</option>
                </select>
                {errors.locale && <p className="field-error">{errors.locale}</p>}
              </div>
            </>
          )}
        </CustomerForm>
      </section>

      <section className="portal-section" aria-labelledby="settings-password">
        <h2 id="settings-password">{t('portal.settings.password')}</h2>
        <CustomerForm
          route="portal.settings.password"
          errorBag="password"
          options={{ preserveScroll: true }}
          resetOnSuccess
          resetOnError
          submit={t('portal.settings.passwordSubmit')}
        >
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
        </CustomerForm>
      </section>

      <section className="portal-section" aria-labelledby="settings-email">
        <h2 id="settings-email">{t('portal.settings.email')}</h2>
        <p className="muted">{t('portal.settings.emailLead', { email: profile.email })}</p>
        <CustomerForm
          route="portal.settings.email"
          errorBag="email"
          options={{ preserveScroll: true }}
          resetOnSuccess
          resetOnError={['currentPassword']}
          submit={t('portal.settings.emailSubmit')}
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
        </CustomerForm>
      </section>
    </PortalLayout>
  )
}
