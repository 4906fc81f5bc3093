/*
| What a customer has to do next with an order, or is waiting for (SPEC §5,
| customer flow): the portal shows it on every order and lists the orders
| that need the customer first. Pure: judged from the order's state; the
| words are in resources/lang/{el,en}/orders.json under `next.<step>`.
*/
import { isQuoteExpired } from '#domain/shop_calendar'
import type { FulfillmentStatus, OrderStatus, PaymentStatus } from '#domain/statuses'
import type { DateTime } from 'luxon'

export const CUSTOMER_NEXT_STEPS = [
  /** A claimed quote to accept (or decline). */
  'accept',
  /** A claimed quote past its validity date: ask the shop to extend it. */
  'expired',
  /** Accepted: payment is next. */
  'pay',
  /** Paid: the shop orders the parts and builds. */
  'build',
  /** On its way, or ready to pick up. */
  'delivery',
  /** Completed or cancelled: nothing left to do. */
  'none',
] as const

export type CustomerNextStep = (typeof CUSTOMER_NEXT_STEPS)[number]

/** The steps that wait for the customer (listed first on the portal). */
const NEEDS_CUSTOMER: ReadonlySet<CustomerNextStep> = new Set(['accept', 'expired', 'pay'])

type OrderState = {
  orderStatus: OrderStatus
  paymentStatus: PaymentStatus
  fulfillmentStatus: FulfillmentStatus | null
  quoteValidUntil: DateTime | null
}

export function customerNextStep(order: OrderState, now?: DateTime): CustomerNextStep {
  switch (order.orderStatus) {
    case 'draft':
    case 'quote':
    case 'claimed':
      return isQuoteExpired(order, now) ? 'expired' : 'accept'
    case 'confirmed':
      if (order.paymentStatus !== 'paid') return 'pay'
      return order.fulfillmentStatus === 'ready' ||
        order.fulfillmentStatus === 'packaging' ||
        order.fulfillmentStatus === 'shipped'
        ? 'delivery'
        : 'build'
    default:
      return 'none'
  }
}

export function needsCustomer(step: CustomerNextStep) {
  return NEEDS_CUSTOMER.has(step)
}
