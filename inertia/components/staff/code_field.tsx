import { Field } from '~/layouts/staff_layout'

/**
 * The field for a code from the authenticator app (6 digits, a space allowed
 * in the middle). At sign-in it also takes a recovery code (`ABCDE-FGHJK`),
 * so it is not limited to digits there.
 */
export function CodeField({
  label,
  hint,
  error,
  acceptsRecoveryCode = false,
}: {
  label: string
  hint: string
  error?: string
  acceptsRecoveryCode?: boolean
}) {
  const accepted = acceptsRecoveryCode
    ? { autoCapitalize: 'characters', spellCheck: false, maxLength: 32, autoFocus: true }
    : { inputMode: 'numeric' as const, pattern: '[0-9 ]{6,7}', maxLength: 7 }
  return (
    <Field name="code" label={label} hint={hint} error={error}>
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
  )
}
