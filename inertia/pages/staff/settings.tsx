import StaffLayout, { NewPasswordFields } from '~/layouts/staff_layout'
import { RoleBadge } from '~/components/staff/badges'
import { Card, Facts } from '~/components/staff/card'
import { CurrentPasswordField, StackForm } from '~/components/staff/forms'
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
        <Card id="account" title="Account">
          <Facts
            facts={[
              { term: 'Name', value: account.name },
              { term: 'Email', value: account.email, className: 'mono' },
              { term: 'Role', value: <RoleBadge role={account.role} /> },
              { term: 'Email confirmed', value: account.emailVerifiedAt ?? '—' },
              { term: 'Two-factor since', value: twoFactor.enabledAt ?? '—' },
            ]}
          />
        </Card>

        <Card id="password" title="Change password">
          <StackForm
            route="staff.settings.password"
            resetOnSuccess
            resetOnError
            submitLabel="Change password"
          >
            {({ errors }) => (
              <>
                <input
                  type="hidden"
                  name="username"
                  value={account.email}
                  autoComplete="username"
                />
                <CurrentPasswordField
                  name="currentPassword"
                  label="Current password"
                  error={errors.currentPassword}
                />
                <NewPasswordFields errors={errors} minLength={passwordMinLength} />
              </>
            )}
          </StackForm>
        </Card>

        <Card id="codes" title="Recovery codes">
          <p>
            <strong>{twoFactor.recoveryCodesLeft}</strong> of 10 unused. New codes replace all the
            old ones and are shown once.
          </p>
          <StackForm
            route="staff.settings.recovery_codes"
            resetOnError
            submitLabel="Create new recovery codes"
          >
            {({ errors }) => (
              <CurrentPasswordField
                name="confirmPassword"
                label="Your password, to confirm"
                error={errors.confirmPassword}
              />
            )}
          </StackForm>
        </Card>
      </div>
    </StaffLayout>
  )
}
