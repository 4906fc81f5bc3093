import { Form } from '@adonisjs/inertia/react'
import type { InertiaProps } from '~/types'
import PortalLayout from '~/layouts/portal_layout'
import { Field, FormError, formLevelError } from '~/lib/i18n_ui'
import { useI18n } from '~/lib/i18n'

type Profile = {
  firstName: string
  lastName: string
  phone: string | null
  email: string
  locale: 'el' | 'en'
}

type Props = InertiaProps<{ emailVerified: boolean; profile: Profile }>

export default function Settings({ emailVerified, profile }: Props) {
  const { t } = useI18n()
  return (
    <PortalLayout title={t('portal.settings.title')} emailVerified={emailVerified}>
      <h1>{t('portal.settings.title')}</h1>

      <section className="portal-section" aria-labelledby="settings-profile">
        <h2 id="settings-profile">{t('portal.settings.profile')}</h2>
        <Form
          route="portal.settings.profile"
          errorBag="profile"
          className="form"
          options={{ preserveScroll: true }}
        >
          {({ errors, processing }) => (
            <>
              <div className="field-row">
                <Field
                  name="firstName"
                  label={t('common.field.firstName')}
                  autoComplete="given-name"
                  defaultValue={profile.firstName}
                  error={errors.firstName}
                  required
                />
                <Field
                  name="lastName"
                  label={t('common.field.lastName')}
                  autoComplete="family-name"
                  defaultValue={profile.lastName}
                  error={errors.lastName}
                  required
                />
              </div>
              <Field
                name="phone"
                type="tel"
                label={t('common.field.phone')}
                autoComplete="tel"
                defaultValue={profile.phone}
                error={errors.phone}
              />
              <div className={errors.locale ? 'field has-error' : 'field'}>
                <label htmlFor="field-locale">{t('common.field.locale')}</label>
                <select id="field-locale" name="locale" defaultValue={profile.locale}>
                  <option value="el">{t('common.lang.el')}</option>
                  <option value="en">{t('common.lang.en')}</option>
                </select>
                {errors.locale && <p className="field-error">{errors.locale}</p>}
              </div>
              <button type="submit" className="button" disabled={processing}>
                {t('portal.settings.profileSubmit')}
              </button>
            </>
          )}
        </Form>
      </section>

      <section className="portal-section" aria-labelledby="settings-password">
        <h2 id="settings-password">{t('portal.settings.password')}</h2>
        <Form
          route="portal.settings.password"
          errorBag="password"
          className="form"
          options={{ preserveScroll: true }}
          resetOnSuccess
          resetOnError
        >
          {({ errors, processing }) => (
            <>
              <FormError message={formLevelError(errors)} />
              <Field
                name="currentPassword"
                id="password-currentPassword"
                type="password"
                label={t('common.field.currentPassword')}
                autoComplete="current-password"
                error={errors.currentPassword}
                required
              />
              <Field
                name="newPassword"
                type="password"
                label={t('common.field.newPassword')}
                hint={t('common.field.passwordHint')}
                autoComplete="new-password"
                error={errors.newPassword}
                minLength={10}
                required
              />
              <button type="submit" className="button" disabled={processing}>
                {t('portal.settings.passwordSubmit')}
              </button>
            </>
          )}
        </Form>
      </section>

      <section className="portal-section" aria-labelledby="settings-email">
        <h2 id="settings-email">{t('portal.settings.email')}</h2>
        <p className="muted">{t('portal.settings.emailLead', { email: profile.email })}</p>
        <Form
          route="portal.settings.email"
          errorBag="email"
          className="form"
          options={{ preserveScroll: true }}
          resetOnSuccess
          resetOnError={['currentPassword']}
        >
          {({ errors, processing }) => (
            <>
              <Field
                name="newEmail"
                type="email"
                label={t('common.field.newEmail')}
                autoComplete="email"
                error={errors.newEmail}
                required
              />
              <Field
                name="currentPassword"
                id="email-currentPassword"
                type="password"
                label={t('common.field.currentPassword')}
                autoComplete="current-password"
                error={errors.currentPassword}
                required
              />
              <button type="submit" className="button" disabled={processing}>
                {t('portal.settings.emailSubmit')}
              </button>
            </>
          )}
        </Form>
      </section>
    </PortalLayout>
  )
}
