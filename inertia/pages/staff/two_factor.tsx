import StaffLayout from '~/layouts/staff_layout'
import { CodeForm } from '~/components/staff/code_form'
import type { InertiaProps } from '~/types'

export default function StaffTwoFactor({ email }: InertiaProps<{ email: string }>) {
  return (
    <StaffLayout title="Two-factor code" variant="auth">
      <h1>Two-factor code</h1>
      <p className="muted">
        Signing in as <strong>{email}</strong>. Open your authenticator app and type the current
        code. Lost your phone? Type one of your recovery codes instead.
      </p>
      <CodeForm
        route="staff.two_factor.verify"
        label="Authentication code"
        hint="6 digits, or a recovery code like ABCDE-FGHJK."
        submitLabel="Verify"
        acceptsRecoveryCode
      />
    </StaffLayout>
  )
}
