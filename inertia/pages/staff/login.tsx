import { Form } from '@adonisjs/inertia/react'
import StaffLayout, { Field, SubmitButton } from '~/layouts/staff_layout'
import type { InertiaProps } from '~/types'

export default function StaffLogin({ emailDomain }: InertiaProps<{ emailDomain: string }>) {
  return (
    <StaffLayout title="Sign in" variant="auth" signOut={false}>
      <h1>Staff sign-in</h1>
      <p className="muted">
        The PCMR back office. Customers sign in at <a href="/login">/login</a>.
      </p>
      <div className="card">
        <Form route="staff.login.store" resetOnError={['password']} className="stack">
          {({ errors, processing }) => (
            <>
              <Field name="email" label="Email" error={errors.email}>
                {(props) => (
                  <input
                    {...props}
                    type="email"
                    autoComplete="username"
                    placeholder={`you@${emailDomain}`}
                    required
                    autoFocus
                  />
                )}
              </Field>
              <Field name="password" label="Password" error={errors.password}>
                {(props) => (
                  <input {...props} type="password" autoComplete="current-password" required />
                )}
              </Field>
              <SubmitButton disabled={processing}>
                Sign in
              </SubmitButton>
            </>
          )}
        </Form>
      </div>
    </StaffLayout>
  )
}
