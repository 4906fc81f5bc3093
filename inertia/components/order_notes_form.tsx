import { StackForm } from '~/components/staff/forms'
import { NotesFields } from '~/components/staff/notes_fields'

/**
 * The staff order page's notes (staff flow 5), editable at any stage of the
 * order; every save is audited. A blank field clears its notes.
 */
export function OrderNotesForm({
  orderId,
  notes,
  internalNotes,
  maxLength,
}: {
  orderId: number
  notes: string | null
  internalNotes: string | null
  /** The server's limit for either field (a page prop). */
  maxLength: number
}) {
  return (
    <StackForm
      route="staff.orders.notes"
      routeParams={{ id: orderId }}
      options={{ preserveScroll: true }}
      submitLabel="Save notes"
      small
    >
      {({ errors }) => (
        <NotesFields
          errors={errors}
          maxLength={maxLength}
          notes={notes}
          internalNotes={internalNotes}
        />
      )}
    </StackForm>
  )
}
