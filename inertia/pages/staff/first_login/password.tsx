import StaffLayout, { NewPasswordFields, Progress } from '~/layouts/staff_layout'
import { StackForm } from '~/components/staff/forms'
import type { InertiaProps } from '~/types'

type Step = { label: string; state: 'done' | 'current' | 'todo' }

export default function FirstLoginPassword({
  email,
  steps,
  passwordMinLength,
}: InertiaProps<{ email: string; steps: Step[]; passwordMinLength: number }>) {
  return (
    <StaffLayout title="Choose your password" variant="auth">
      <Progress steps={steps} />
      <h1>Choose your password</h1>
      <p className="muted">
        You signed in as <strong>{email}</strong> with a temporary password. Replace it with one
        only you know: at least {passwordMinLength} characters.
      </p>
      <div className="card">
        <StackForm
          route="staff.first_login.password.update"
          resetOnError
          submitLabel="Save and continue"
        >
          {({ errors }) => (
            <>
              <input type="hidden" name="username" value={email} autoComplete="username" />
              <NewPasswordFields errors={errors} minLength={passwordMinLength} autoFocus />
            </>
          )}
        </StackForm>
      </div>
    </StaffLayout>
  )
}
