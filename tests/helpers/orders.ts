/*
| Orders in the states the read-model tests (dashboard, order list) count.
*/
import type { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { vatBreakdown } from '#domain/money'
import { FULFILLMENT_STATUSES, ORDER_STATUSES, PAYMENT_STATUSES } from '#domain/statuses'
import type User from '#models/user'
import OrderTransitionService from '#services/order_transition_service'
import { OrderFactory } from '#database/factories/order_factory'

const transitions = new OrderTransitionService()

/** A confirmed order of `grossCents` (24% VAT), paid at `paidAt`, through the real transitions. */
export async function paidOrder(customer: User, grossCents: number, paidAt: DateTime) {
  const { net, vat } = vatBreakdown(grossCents, 2400)
  const order = await OrderFactory.merge({
    customerId: customer.id,
    totalNetCents: net,
    totalVatCents: vat,
    totalGrossCents: grossCents,
  }).create()
  for (const change of [
    { axis: 'orderStatus', to: 'quote' },
    { axis: 'orderStatus', to: 'claimed' },
    { axis: 'orderStatus', to: 'confirmed' },
    { axis: 'paymentStatus', to: 'awaiting_payment' },
    { axis: 'paymentStatus', to: 'paid' },
  ] as const) {
    await transitions.apply(order.id, change)
  }
  await db.from('orders').where('id', order.id).update({ paid_at: paidAt.toJSDate() })
  return order
}

type Counts<Statuses extends readonly string[]> = Partial<Record<Statuses[number], number>>

/**
 * Orders per status as the queries count them: every status of each axis
 * (fulfilment "not started" as `none`), zero unless `given`.
 */
export function ordersPerStatus(given: {
  orderStatus: Counts<typeof ORDER_STATUSES>
  paymentStatus: Counts<typeof PAYMENT_STATUSES>
  fulfillmentStatus: Counts<[...typeof FULFILLMENT_STATUSES, 'none']>
}) {
  const countsOf = <Status extends string>(
    statuses: readonly Status[],
    counts: Partial<Record<Status, number>>
  ) => Object.fromEntries(statuses.map((status) => [status, counts[status] ?? 0]))
  return {
    orderStatus: countsOf(ORDER_STATUSES, given.orderStatus),
    paymentStatus: countsOf(PAYMENT_STATUSES, given.paymentStatus),
    fulfillmentStatus: countsOf(['none', ...FULFILLMENT_STATUSES], given.fulfillmentStatus),
  }
}
