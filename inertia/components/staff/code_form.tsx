import type { ComponentProps } from 'react'
import type { Form } from '@adonisjs/inertia/react'
import { Field } from '~/layouts/staff_layout'
import { StackForm } from '~/components/staff/forms'

/**
 * The card asking for a code from the authenticator app (6 digits, a space
 * allowed in the middle): to confirm the app at the first sign-in, and at
 * every sign-in, where a recovery code (`ABCDE-FGHJK`) is also taken, so the
 * field is not limited to digits there. A wrong code empties the field.
 */
export function CodeForm({
  route,
  label,
  hint,
  submitLabel,
  acceptsRecoveryCode = false,
}: {
  route: ComponentProps<typeof Form>['route']
  label: string
  hint: string
  submitLabel: string
  acceptsRecoveryCode?: boolean
}) {
  const accepted = acceptsRecoveryCode
    ? { autoCapitalize: 'characters', spellCheck: false, maxLength: 32, autoFocus: true }
    : { inputMode: 'numeric' as const, pattern: '[0-9 ]{6,7}', maxLength: 7 }
  return (
    <div className="card">
      <StackForm route={route} resetOnError submitLabel={submitLabel}>
        {({ errors }) => (
          <Field name="code" label={label} hint={hint} error={errors.code}>
            {(props) => (
              <input
                {...props}
                {...accepted}
                className="code-input"
                autoComplete="one-time-code"
                required
              />
            )}
          </Field>
        )}
      </StackForm>
    </div>
  )
}
