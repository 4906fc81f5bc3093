import { Field } from '~/layouts/staff_layout'

/**
 * An order's two notes: the ones the customer sees and the internal ones,
 * which never leave the back office. For a new quote (empty) and for an
 * existing order (filled with its notes).
 */
export function NotesFields({
  errors,
  maxLength,
  notes,
  internalNotes,
}: {
  errors: { notes?: string; internalNotes?: string }
  /** The server's limit for either field. */
  maxLength: number
  notes?: string | null
  internalNotes?: string | null
}) {
  const fields = [
    {
      name: 'notes',
      label: 'Notes',
      hint: 'What the customer asked for; they will see these.',
      rows: 4,
      value: notes,
    },
    {
      name: 'internalNotes',
      label: 'Internal notes',
      hint: 'Staff only, never shown to the customer.',
      rows: 3,
      value: internalNotes,
    },
  ] as const
  return fields.map((field) => (
    <Field
      key={field.name}
      name={field.name}
      label={field.label}
      hint={field.hint}
      error={errors[field.name]}
    >
      {(props) => (
        <textarea
          {...props}
          rows={field.rows}
          maxLength={maxLength}
          defaultValue={field.value ?? undefined}
        />
      )}
    </Field>
  ))
}
