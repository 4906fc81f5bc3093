import StaffLayout from '~/layouts/staff_layout'
import { CodeField } from '~/components/staff/code_field'
import { StackForm } from '~/components/staff/forms'
import type { InertiaProps } from '~/types'

export default function StaffTwoFactor({ email }: InertiaProps<{ email: string }>) {
  return (
    <StaffLayout title="Two-factor code" variant="auth">
      <h1>Two-factor code</h1>
      <p className="muted">
        Signing in as <strong>{email}</strong>. Open your authenticator app and type the current
        code. Lost your phone? Type one of your recovery codes instead.
      </p>
      <div className="card">
        <StackForm route="staff.two_factor.verify" resetOnError submitLabel="Verify">
          {({ errors }) => (
            <CodeField
              label="Authentication code"
              hint="6 digits, or a recovery code like ABCDE-FGHJK."
              error={errors.code}
              acceptsRecoveryCode
            />
          )}
        </StackForm>
      </div>
    </StaffLayout>
  )
}
