import { Form } from '@adonisjs/inertia/react'
import StaffLayout, { Field, SubmitButton } from '~/layouts/staff_layout'
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
        <Form route="staff.two_factor.verify" resetOnError className="stack">
          {({ errors, processing }) => (
            <>
              <Field
                name="code"
                label="Authentication code"
                hint="6 digits, or a recovery code like ABCDE-FGHJK."
                error={errors.code}
              >
                {(props) => (
                  <input
                    {...props}
                    className="code-input"
                    autoComplete="one-time-code"
                    autoCapitalize="characters"
                    spellCheck={false}
                    maxLength={32}
                    required
                    autoFocus
                  />
                )}
              </Field>
              <SubmitButton disabled={processing}>
                Verify
              </SubmitButton>
            </>
          )}
        </Form>
      </div>
    </StaffLayout>
  )
}
