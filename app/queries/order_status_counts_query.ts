import db from '@adonisjs/lucid/services/db'
import {
  FULFILLMENT_STATUSES,
  ORDER_STATUSES,
  PAYMENT_STATUSES,
  type FulfillmentStatus,
  type OrderStatus,
  type PaymentStatus,
} from '#domain/statuses'
import { FULFILLMENT_NOT_STARTED } from '#domain/order_lifecycle'
import { compiledStatement } from '#queries/compiled_statement'

/*
| Orders per status, for the order list's filters and the dashboard. The
| counts of the whole table come from `order_status_counts`, which triggers
| keep exact (migration 1763900000100): one read of at most 216 rows instead
| of a GROUP BY over every order. Counts of a subset (a text search) are
| grouped the same way by the caller and summed by facetCounts, the same rules.
*/

export type FulfillmentFilter = FulfillmentStatus | typeof FULFILLMENT_NOT_STARTED

/** How many orders have one combination of the three axes. */
export type StatusGroup = {
  orderStatus: OrderStatus
  paymentStatus: PaymentStatus
  fulfillmentStatus: FulfillmentFilter
  count: number
}

export type StatusCounts = {
  orderStatus: Record<OrderStatus, number>
  paymentStatus: Record<PaymentStatus, number>
  fulfillmentStatus: Record<FulfillmentFilter, number>
}

export type StatusFilters = {
  orderStatus?: OrderStatus
  paymentStatus?: PaymentStatus
  fulfillmentStatus?: FulfillmentFilter
}

/**
 * The total matching every filter, and the faceted counts: each axis's counts
 * apply the filters of the two OTHER axes, not its own, so a filter option
 * always shows what choosing it would list.
 */
export function facetCounts(groups: StatusGroup[], filters: StatusFilters = {}) {
  const zeros = <S extends string>(statuses: readonly S[]) =>
    Object.fromEntries(statuses.map((status) => [status, 0])) as Record<S, number>
  const counts: StatusCounts = {
    orderStatus: zeros(ORDER_STATUSES),
    paymentStatus: zeros(PAYMENT_STATUSES),
    fulfillmentStatus: zeros([FULFILLMENT_NOT_STARTED, ...FULFILLMENT_STATUSES] as const),
  }
  let total = 0
  for (const group of groups) {
    const order = !filters.orderStatus || group.orderStatus === filters.orderStatus
    const payment = !filters.paymentStatus || group.paymentStatus === filters.paymentStatus
    const fulfilment =
      !filters.fulfillmentStatus || group.fulfillmentStatus === filters.fulfillmentStatus
    if (order && payment && fulfilment) total += group.count
    if (payment && fulfilment) counts.orderStatus[group.orderStatus] += group.count
    if (order && fulfilment) counts.paymentStatus[group.paymentStatus] += group.count
    if (order && payment) counts.fulfillmentStatus[group.fulfillmentStatus] += group.count
  }
  return { total, counts }
}

/** The kept counts (the order list runs this with each page): compiled once, see CompiledStatement. */
const KEPT_COUNTS = compiledStatement(() =>
  db
    .from('order_status_counts')
    .select('order_status', 'payment_status', 'fulfillment_status', 'orders')
    .where('orders', '>', 0)
)

export default class OrderStatusCountsQuery {
  /** Every order of the shop, per combination of statuses (one indexed read). */
  async groups(): Promise<StatusGroup[]> {
    const rows = await KEPT_COUNTS.rows<{
      order_status: OrderStatus
      payment_status: PaymentStatus
      fulfillment_status: FulfillmentFilter
      orders: number
    }>()
    return rows.map((row) => ({
      orderStatus: row.order_status,
      paymentStatus: row.payment_status,
      fulfillmentStatus: row.fulfillment_status,
      count: row.orders,
    }))
  }

  /** The shop's orders matching `filters`, and the faceted counts (see facetCounts). */
  async counts(filters: StatusFilters = {}) {
    return facetCounts(await this.groups(), filters)
  }
}
