import { Form } from '@adonisjs/inertia/react'
import StaffLayout, { Field, NewPasswordFields, SubmitButton } from '~/layouts/staff_layout'
import type { InertiaProps } from '~/types'

type Props = {
  account: { email: string; name: string; role: string; emailVerifiedAt: string | null }
  twoFactor: { enabledAt: string | null; recoveryCodesLeft: number }
  passwordMinLength: number
}

export default function StaffSettings({
  account,
  twoFactor,
  passwordMinLength,
}: InertiaProps<Props>) {
  return (
    <StaffLayout title="Settings">
      <h1>Settings</h1>
      <div className="detail-grid">
        <section className="card" aria-labelledby="account-title">
          <h2 id="account-title">Account</h2>
          <dl className="facts">
            <dt>Name</dt>
            <dd>{account.name}</dd>
            <dt>Email</dt>
            <dd className="mono">{account.email}</dd>
            <dt>Role</dt>
            <dd>
              <span className={`badge role-${account.role}`}>{account.role}</span>
            </dd>
            <dt>Email confirmed</dt>
            <dd>{account.emailVerifiedAt ?? '—'}</dd>
            <dt>Two-factor since</dt>
            <dd>{twoFactor.enabledAt ?? '—'}</dd>
          </dl>
        </section>

        <section className="card" aria-labelledby="password-title">
          <h2 id="password-title">Change password</h2>
          <Form route="staff.settings.password" resetOnSuccess resetOnError className="stack">
            {({ errors, processing }) => (
              <>
                <input
                  type="hidden"
                  name="username"
                  value={account.email}
                  autoComplete="username"
                />
                <Field
                  name="currentPassword"
                  label="Current password"
                  error={errors.currentPassword}
                >
                  {(props) => (
                    <input {...props} type="password" autoComplete="current-password" required />
                  )}
                </Field>
                <NewPasswordFields errors={errors} minLength={passwordMinLength} />
                <SubmitButton disabled={processing}>
                  Change password
                </SubmitButton>
              </>
            )}
          </Form>
        </section>

        <section className="card" aria-labelledby="codes-title">
          <h2 id="codes-title">Recovery codes</h2>
          <p>
            <strong>{twoFactor.recoveryCodesLeft}</strong> of 10 unused. New codes replace all the
            old ones and are shown once.
          </p>
          <Form route="staff.settings.recovery_codes" resetOnError className="stack">
            {({ errors, processing }) => (
              <>
                <Field
                  name="confirmPassword"
                  label="Your password, to confirm"
                  error={errors.confirmPassword}
                >
                  {(props) => (
                    <input {...props} type="password" autoComplete="current-password" required />
                  )}
                </Field>
                <SubmitButton disabled={processing}>
                  Create new recovery codes
                </SubmitButton>
              </>
            )}
          </Form>
        </section>
      </div>
    </StaffLayout>
  )
}
