/** What a field's control carries to be tied to its label, hint and error for screen readers. */
export type ControlAttributes = {
  'id': string
  'name': string
  'aria-invalid'?: true
  'aria-describedby'?: string
}

/**
 * The ids of a field's hint and error, and the attributes its control needs to
 * point at them: one rule for the customer and the staff forms.
 */
export function fieldWiring({
  name,
  id = `field-${name}`,
  hint,
  error,
}: {
  name: string
  id?: string
  hint?: string
  error?: string
}) {
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ')
  const control: ControlAttributes = {
    'id': id,
    'name': name,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
  }
  return { hintId, errorId, control }
}
