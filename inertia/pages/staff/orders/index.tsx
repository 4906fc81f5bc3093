import { Form, Link } from '@adonisjs/inertia/react'
import StaffLayout, { Field, formatDate } from '~/layouts/staff_layout'
import type { InertiaProps } from '~/types'
import { statusLabel } from '~/lib/status_labels'

type Row = {
  id: number
  publicId: string
  orderNumber: string
  intakeName: string
  intakeEmail: string
  customerName: string | null
  orderStatus: string
  paymentStatus: string
  fulfillmentStatus: string | null
  totalGrossCents: number
  total: string
  createdAt: string
}

type Params = {
  orderStatus?: string
  paymentStatus?: string
  fulfillmentStatus?: string
  q?: string
  sort: string
  direction: string
  page: number
  perPage: number
}

type Props = {
  orders: Row[]
  /** With `capped`, more than `total` orders match and `lastPage` is the last one known. */
  meta: { total: number; capped: boolean; page: number; perPage: number; lastPage: number }
  /** The options of each axis's filter. */
  statuses: Record<'orderStatus' | 'paymentStatus' | 'fulfillmentStatus', string[]>
  /** Null when a search matches too many orders to count them per status. */
  counts: Record<
    'orderStatus' | 'paymentStatus' | 'fulfillmentStatus',
    Record<string, number>
  > | null
  params: Params
}

const AXES = [
  { key: 'orderStatus', label: 'Order' },
  { key: 'paymentStatus', label: 'Payment' },
  { key: 'fulfillmentStatus', label: 'Fulfilment' },
] as const

/** The current filters as a query string, with overrides (page, sort, …). */
function query(params: Params, overrides: Partial<Params> = {}) {
  const merged = { ...params, ...overrides }
  return Object.fromEntries(
    Object.entries(merged).filter(([, value]) => value !== undefined && value !== '')
  )
}

export default function StaffOrders({
  orders,
  meta,
  statuses,
  counts,
  params,
}: InertiaProps<Props>) {
  const sortLink = (sort: string, label: string) => {
    const direction = params.sort === sort && params.direction === 'desc' ? 'asc' : 'desc'
    return (
      <Link route="staff.orders.index" qs={query(params, { sort, direction, page: 1 })}>
        {label}
        {params.sort === sort ? (params.direction === 'desc' ? ' ↓' : ' ↑') : ''}
      </Link>
    )
  }

  return (
    <StaffLayout title="Orders">
      <h1>Orders</h1>
      <p>
        <Link route="staff.quotes.create" className="button small">
          New quote
        </Link>
      </p>
      <Form route="staff.orders.index" className="filters" role="search">
        {({ processing }) => (
          <>
            <Field name="q" label="Order number, customer name or email">
              {(props) => <input {...props} type="search" defaultValue={params.q ?? ''} />}
            </Field>
            {AXES.map((axis) => (
              <Field key={axis.key} name={axis.key} label={axis.label}>
                {(props) => (
                  <select {...props} defaultValue={params[axis.key] ?? ''}>
                    <option value="">Any</option>
                    {statuses[axis.key].map((status) => (
                      <option key={status} value={status}>
                        {counts
                          ? `${statusLabel(status)} (${counts[axis.key][status]})`
                          : statusLabel(status)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ))}
            <button type="submit" className="button" disabled={processing}>
              Filter
            </button>
          </>
        )}
      </Form>

      <p className="muted" role="status">
        {meta.capped
          ? `More than ${meta.total} orders: refine the search to count them.`
          : `${meta.total} ${meta.total === 1 ? 'order' : 'orders'}`}
      </p>

      {orders.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{sortLink('order_number', 'Number')}</th>
              <th scope="col">{sortLink('customer', 'Customer')}</th>
              <th scope="col">Order</th>
              <th scope="col">Payment</th>
              <th scope="col">Fulfilment</th>
              <th scope="col">{sortLink('total', 'Total')}</th>
              <th scope="col">{sortLink('created_at', 'Created')}</th>
            </tr>
          </thead>
          <tbody>
            {orders.map((order) => (
              <tr key={order.id}>
                <td data-label="Number" className="mono">
                  <Link route="staff.orders.show" routeParams={{ id: order.id }}>
                    {order.orderNumber}
                  </Link>
                </td>
                <td data-label="Customer">
                  {order.customerName ?? order.intakeName}
                  <br />
                  <span className="muted">{order.intakeEmail}</span>
                </td>
                <td data-label="Order">
                  <span className="badge">{statusLabel(order.orderStatus)}</span>
                </td>
                <td data-label="Payment">
                  <span className="badge">{statusLabel(order.paymentStatus)}</span>
                </td>
                <td data-label="Fulfilment">
                  {order.fulfillmentStatus ? (
                    <span className="badge">{statusLabel(order.fulfillmentStatus)}</span>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td data-label="Total" className="mono">
                  {order.total}
                </td>
                <td data-label="Created">{formatDate(order.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>No order matches.</p>
      )}

      {meta.lastPage > 1 && (
        <nav className="pagination" aria-label="Pages">
          {meta.page > 1 && (
            <Link route="staff.orders.index" qs={query(params, { page: meta.page - 1 })}>
              ← Previous
            </Link>
          )}
          <span>
            {/* Capped: how many pages there are is not counted. */}
            Page {meta.page}
            {meta.capped ? '' : ` of ${meta.lastPage}`}
          </span>
          {meta.page < meta.lastPage && (
            <Link route="staff.orders.index" qs={query(params, { page: meta.page + 1 })}>
              Next →
            </Link>
          )}
        </nav>
      )}
    </StaffLayout>
  )
}
