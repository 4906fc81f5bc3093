import { Link } from '@adonisjs/inertia/react'
import type { Data } from '@generated/data'
import StaffLayout, { Field } from '~/layouts/staff_layout'
import { FilterForm, Pager, filledParams } from '~/components/staff_list'
import type { InertiaProps, Option } from '~/types'

type Axis = 'orderStatus' | 'paymentStatus' | 'fulfillmentStatus'

type Params = {
  orderStatus?: string
  paymentStatus?: string
  fulfillmentStatus?: string
  q?: string
  customer?: number
  sort: string
  direction: string
  page: number
  perPage: number
}

type Props = {
  orders: Data.OrderListRow[]
  /** With `capped`, more than `total` orders match and `lastPage` is the last one known. */
  meta: { total: number; capped: boolean; page: number; perPage: number; lastPage: number }
  /** Each axis's filter: its name and its statuses in words. */
  statuses: { axis: Axis; label: string; options: Option[] }[]
  /** Null when a search matches too many orders to count them per status. */
  counts: Record<Axis, Record<string, number>> | null
  params: Params
}

/** The current filters as a query string, with overrides (page, sort, …). */
function query(params: Params, overrides: Partial<Params> = {}) {
  return filledParams({ ...params, ...overrides })
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
      <FilterForm route="staff.orders.index">
        {params.customer && <input type="hidden" name="customer" value={params.customer} />}
        <Field name="q" label="Order number, customer name or email">
          {(props) => <input {...props} type="search" defaultValue={params.q ?? ''} />}
        </Field>
        {statuses.map((filter) => (
          <Field key={filter.axis} name={filter.axis} label={filter.label}>
            {(props) => (
              <select {...props} defaultValue={params[filter.axis] ?? ''}>
                <option value="">Any</option>
                {filter.options.map((status) => (
                  <option key={status.value} value={status.value}>
                    {counts
                      ? `${status.label} (${counts[filter.axis][status.value]})`
                      : status.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ))}
      </FilterForm>

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
                  <span className="badge">{order.orderStatus}</span>
                </td>
                <td data-label="Payment">
                  <span className="badge">{order.paymentStatus}</span>
                </td>
                <td data-label="Fulfilment">
                  <span className="badge">{order.fulfillmentStatus}</span>
                </td>
                <td data-label="Total" className="mono">
                  {order.total}
                </td>
                <td data-label="Created">{order.createdAt}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>No order matches.</p>
      )}

      <Pager
        meta={{ currentPage: meta.page, lastPage: meta.lastPage }}
        lastPageKnown={!meta.capped}
        link={(page, label) => (
          <Link route="staff.orders.index" qs={query(params, { page })}>
            {label}
          </Link>
        )}
      />
    </StaffLayout>
  )
}
