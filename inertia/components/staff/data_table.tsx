/*
| The staff tables: a header row of labels, one row per record, a sentence
| when there is none; and the paged lists built on them (count, table, pager).
*/
import type { ComponentProps, ReactNode } from 'react'
import { Link } from '@adonisjs/inertia/react'
import { ListCount, Pager, filledParams } from '~/components/staff_list'
import type { PageMeta, Paginated } from '~/types'

export type Column<Row> = {
  /** The heading, and the cell's `data-label` (narrow screens show it beside the value). */
  label: string
  /** What the heading shows when it is more than the label (a sort link). */
  heading?: ReactNode
  /** The cell's class: `mono` for numbers and codes. */
  className?: string
  cell: (row: Row) => ReactNode
}

export function DataTable<Row>({
  rows,
  rowKey,
  columns,
  empty = null,
  className,
  testId,
}: {
  rows: readonly Row[]
  rowKey: (row: Row) => string | number
  columns: readonly Column<Row>[]
  /** Shown instead of the table when there is no row. */
  empty?: ReactNode
  /** Classes beside `table`. */
  className?: string
  testId?: string
}) {
  if (rows.length === 0) return empty
  return (
    <table className={className ? `table ${className}` : 'table'} data-testid={testId}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th scope="col" key={column.label}>
              {column.heading ?? column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((column) => (
              <td key={column.label} data-label={column.label} className={column.className}>
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

type LinkTarget = Pick<ComponentProps<typeof Link>, 'route' | 'routeParams'>

/**
 * The pager of a list whose pages are `route` with `?page=`; the other query
 * parameters (the filters) are kept, the empty ones left out.
 */
export function RoutePager({
  meta,
  route,
  routeParams,
  query = {},
  lastPageKnown,
  preserveScroll,
}: LinkTarget & {
  meta: Pick<PageMeta, 'currentPage' | 'lastPage'>
  query?: Record<string, string | number | undefined>
  lastPageKnown?: boolean
  preserveScroll?: boolean
}) {
  return (
    <Pager
      meta={meta}
      lastPageKnown={lastPageKnown}
      link={(page, label) => {
        // Link's props are typed per route; any list route is forwarded as given.
        const target = {
          route,
          routeParams,
          qs: filledParams({ ...query, page }),
          preserveScroll,
        } as ComponentProps<typeof Link>
        return <Link {...target}>{label}</Link>
      }}
    />
  )
}

/** A filtered list page's results: how many, the table (or `empty`), the pager. */
export function PagedTable<Row extends { id: number }>({
  page,
  noun,
  route,
  routeParams,
  query,
  ...table
}: LinkTarget & {
  page: Paginated<Row>
  noun: [singular: string, plural: string]
  query?: Record<string, string | number | undefined>
  columns: readonly Column<Row>[]
  empty: ReactNode
}) {
  return (
    <>
      <ListCount total={page.metadata.total} noun={noun} />
      <DataTable rows={page.data} rowKey={(row) => row.id} {...table} />
      <RoutePager meta={page.metadata} route={route} routeParams={routeParams} query={query} />
    </>
  )
}
