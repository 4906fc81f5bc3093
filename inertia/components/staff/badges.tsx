/*
| The badges that say the same thing on several staff pages, in the same words.
*/

/** A catalog row's status; `inactiveLabel` where the page says what inactive means. */
export function ActiveBadge({
  active,
  inactiveLabel = 'inactive',
}: {
  active: boolean
  inactiveLabel?: string
}) {
  return active ? (
    <span className="badge ok">active</span>
  ) : (
    <span className="badge">{inactiveLabel}</span>
  )
}

/** Inactive catalog rows stay on the quotes that have them: this is what inactive means. */
export const NOT_OFFERED = 'inactive — not offered in new quotes'

export function RoleBadge({ role }: { role: string }) {
  return <span className={`badge role-${role}`}>{role}</span>
}

/** Whether an account may sign in. */
export function AccountStatusBadge({ banned }: { banned: boolean }) {
  return banned ? (
    <span className="badge danger">banned</span>
  ) : (
    <span className="badge ok">active</span>
  )
}

/** An order's status on one axis; an axis not started yet (no value) is said in muted words. */
export function StatusBadge({ status }: { status: { value: string | null; label: string } }) {
  return status.value ? (
    <span className="badge">{status.label}</span>
  ) : (
    <span className="muted">{status.label}</span>
  )
}
