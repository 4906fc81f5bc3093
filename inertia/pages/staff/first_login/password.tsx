import { Form } from '@adonisjs/inertia/react'
import StaffLayout, { NewPasswordFields, Progress, SubmitButton } from '~/layouts/staff_layout'
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
        <Form route="staff.first_login.password.update" resetOnError className="stack">
          {({ errors, processing }) => (
            <>
              <input type="hidden" name="username" value={email} autoComplete="username" />
              <NewPasswordFields errors={errors} minLength={passwordMinLength} autoFocus />
              <SubmitButton disabled={processing}>
                Save and continue
              </SubmitButton>
            </>
          )}
        </Form>
      </div>
    </StaffLayout>
  )
}
