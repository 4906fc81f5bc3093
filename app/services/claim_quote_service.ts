import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { isQuoteExpired } from '#domain/shop_calendar'
import QuoteClaimed from '#events/quote_claimed'
import { CustomerOrderRefusal } from '#exceptions/customer_order_refusals'
import Order from '#models/order'
import type User from '#models/user'
import OrderTransitionService from '#services/order_transition_service'

/**
 * Customer flow 2 (SPEC §5): a signed-in customer with a confirmed email
 * claims a published quote by its code. The order is bound to the session's
 * user (the caller passes `auth.user`, never an id from the request), under
 * the order's row lock, and moved quote → claimed by OrderTransitionService
 * in the same transaction (history row, status event); the "order claimed"
 * email follows the commit.
 *
 * Claiming one's own quote again is a no-op; a quote bound to someone else,
 * expired or cancelled is refused, and staff accounts cannot claim.
 */
@inject()
export default class ClaimQuoteService {
  constructor(protected transitions: OrderTransitionService) {}

  /** `claimCode` is the canonical code (normalizeClaimCode); returns the order, claimed by `customer`. */
  async claim(claimCode: string, customer: User) {
    if (customer.isStaff) throw new CustomerOrderRefusal('staff')
    if (!customer.emailVerifiedAt) throw new CustomerOrderRefusal('unverified')

    const outcome = await db.transaction(async (trx) => {
      const order = await Order.query({ client: trx })
        .where('claimCode', claimCode)
        .forUpdate()
        .firstOrFail()

      if (order.customerId === customer.id) return { order, claimed: false }
      if (order.customerId !== null) throw new CustomerOrderRefusal('claimedByOther')
      if (order.orderStatus === 'cancelled') throw new CustomerOrderRefusal('cancelled')
      if (isQuoteExpired(order)) throw new CustomerOrderRefusal('expired')

      // The database requires a customer on a claimed order: bind it first, then transition.
      order.merge({ customerId: customer.id, claimedAt: DateTime.now() })
      await order.save()
      const claimed = await this.transitions.apply(
        order.id,
        { axis: 'orderStatus', to: 'claimed' },
        { actor: customer, client: trx }
      )
      return { order: claimed, claimed: true }
    })

    if (outcome.claimed) await QuoteClaimed.dispatch(outcome.order, customer)
    return outcome.order
  }
}
