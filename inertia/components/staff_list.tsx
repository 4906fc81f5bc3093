/*
| Pieces every staff list page shares: the filter form, a select of labelled
| options with "Any", the count line and the pager. Each page states only its
| own fields and columns.
*/
import type { ComponentProps, ReactNode } from 'react'
import { Form } from '@adonisjs/inertia/react'
import { Field } from '~/layouts/staff_layout'
import { Options } from '~/components/staff/forms'
import type { Option, PageMeta } from '~/types'

/** The list's filter form (a GET to the list itself), with its submit button. */
export function FilterForm({
  submitLabel = 'Filter',
  className = 'filters',
  children,
  route,
  routeParams,
}: {
  route: NonNullable<ComponentProps<typeof Form>['route']>
  routeParams?: Record<string, string | number>
  submitLabel?: string
  className?: string
  children: ReactNode
}) {
  // Form's props are typed per route; here any list route is forwarded as given.
  const target = { route, routeParams } as ComponentProps<typeof Form>
  return (
    <Form {...target} className={className} role="search">
      {({ processing }: { processing: boolean }) => (
        <>
          {children}
          <button type="submit" className="button" disabled={processing}>
            {submitLabel}
          </button>
        </>
      )}
    </Form>
  )
}

/** A filter select: "Any" (empty), then each option. */
export function FilterSelect({
  name,
  label,
  value,
  options,
}: {
  name: string
  label: string
  value: string
  options: readonly (Option | string)[]
}) {
  return (
    <Field name={name} label={label}>
      {(props) => (
        <select {...props} defaultValue={value}>
          <option value="">Any</option>
          <Options options={options} />
        </select>
      )}
    </Field>
  )
}

/** `12 components`, `1 component`. */
export function ListCount({
  total,
  noun,
}: {
  total: number
  noun: [singular: string, plural: string]
}) {
  return (
    <p className="muted" role="status">
      {total} {total === 1 ? noun[0] : noun[1]}
    </p>
  )
}

/**
 * Previous / "Page n of m" / Next; nothing when everything fits on one page.
 * Without `lastPageKnown` (a search counted only so far) it says "Page n".
 */
export function Pager({
  meta,
  link,
  lastPageKnown = true,
}: {
  meta: Pick<PageMeta, 'currentPage' | 'lastPage'>
  link: (page: number, label: string) => ReactNode
  lastPageKnown?: boolean
}) {
  if (meta.lastPage <= 1) return null
  return (
    <nav className="pagination" aria-label="Pages">
      {meta.currentPage > 1 && link(meta.currentPage - 1, '← Previous')}
      <span>
        Page {meta.currentPage}
        {lastPageKnown ? ` of ${meta.lastPage}` : ''}
      </span>
      {meta.currentPage < meta.lastPage && link(meta.currentPage + 1, 'Next →')}
    </nav>
  )
}

/** The filters worth putting in a query string (the empty "Any" ones left out). */
export function filledParams(params: Record<string, string | number | undefined>) {
  return Object.fromEntries(
    Object.entries(params).filter(([, value]) => value !== '' && value !== undefined)
  ) as Record<string, string | number>
}

type LogEntry = {
  id: number
  at: string
  action: string | null
  actor: string | null
  details: string | null
}

/**
 * An activity log, newest first: when, what, by whom, details. The order
 * timeline says "what" its own way for status changes (`action`) and adds the
 * reason given (`note`); the users page names the account acted on (`subject`).
 */
export function ActivityList<Entry extends LogEntry>({
  entries,
  entryKey = (entry) => entry.id,
  action = (entry) => <code>{entry.action}</code>,
  subject,
  note,
}: {
  entries: Entry[]
  /** Default: the id (entries of one kind). */
  entryKey?: (entry: Entry) => string | number
  action?: (entry: Entry) => ReactNode
  /** What the action was on, before "by …" (default: nothing). */
  subject?: (entry: Entry) => ReactNode
  /** What follows "by …" (default: nothing). */
  note?: (entry: Entry) => ReactNode
}) {
  if (entries.length === 0) return <p className="muted">Nothing yet.</p>
  return (
    <ol className="log">
      {entries.map((entry) => (
        <li key={entryKey(entry)}>
          <span className="muted">{entry.at}</span> {action(entry)} {subject?.(entry)}by{' '}
          {entry.actor ?? 'the system'}
          {note?.(entry)}
          {entry.details && <span className="muted"> — {entry.details}</span>}
        </li>
      ))}
    </ol>
  )
}
