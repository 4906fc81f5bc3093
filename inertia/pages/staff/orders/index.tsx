import { Link } from '@adonisjs/inertia/react'
import type { Data } from '@generated/data'
import StaffLayout, { Field } from '~/layouts/staff_layout'
import { FilterForm, filledParams } from '~/components/staff_list'
import { DataTable, RoutePager } from '~/components/staff/data_table'
import { CustomerCell, OrderLink } from '~/components/staff/order_cells'
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
      <Link route="staff.orders.index" qs={filledParams({ ...params, sort, direction, page: 1 })}>
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

      <DataTable
        rows={orders}
        rowKey={(order) => order.id}
        columns={[
          {
            label: 'Number',
            heading: sortLink('order_number', 'Number'),
            className: 'mono',
            cell: (order) => <OrderLink id={order.id} number={order.orderNumber} />,
          },
          {
            label: 'Customer',
            heading: sortLink('customer', 'Customer'),
            cell: (order) => (
              <CustomerCell
                name={order.customerName ?? order.intakeName}
                email={order.intakeEmail}
              />
            ),
          },
          { label: 'Order', cell: (order) => <span className="badge">{order.orderStatus}</span> },
          {
            label: 'Payment',
            cell: (order) => <span className="badge">{order.paymentStatus}</span>,
          },
          {
            label: 'Fulfilment',
            cell: (order) => <span className="badge">{order.fulfillmentStatus}</span>,
          },
          {
            label: 'Total',
            heading: sortLink('total', 'Total'),
            className: 'mono',
            cell: (order) => order.total,
          },
          {
            label: 'Created',
            heading: sortLink('created_at', 'Created'),
            cell: (order) => order.createdAt,
          },
        ]}
        empty={<p>No order matches.</p>}
      />

      <RoutePager
        meta={{ currentPage: meta.page, lastPage: meta.lastPage }}
        lastPageKnown={!meta.capped}
        route="staff.orders.index"
        query={params}
      />
    </StaffLayout>
  )
}
