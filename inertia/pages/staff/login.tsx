import StaffLayout, { Field } from '~/layouts/staff_layout'
import { CurrentPasswordField, StackForm } from '~/components/staff/forms'
import type { InertiaProps } from '~/types'

export default function StaffLogin({ emailDomain }: InertiaProps<{ emailDomain: string }>) {
  return (
    <StaffLayout title="Sign in" variant="auth" signOut={false}>
      <h1>Staff sign-in</h1>
      <p className="muted">
        The PCMR back office. Customers sign in at <a href="/login">/login</a>.
      </p>
      <div className="card">
        <StackForm route="staff.login.store" resetOnError={['password']} submitLabel="Sign in">
          {({ errors }) => (
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
              <CurrentPasswordField name="password" label="Password" error={errors.password} />
            </>
          )}
        </StackForm>
      </div>
    </StaffLayout>
  )
}
