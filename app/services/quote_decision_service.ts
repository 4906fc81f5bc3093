import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { isQuoteExpired } from '#domain/shop_calendar'
import QuoteAccepted from '#events/quote_accepted'
import { CustomerOrderRefusal } from '#exceptions/customer_order_refusals'
import Order from '#models/order'
import type User from '#models/user'
import OrderTransitionService from '#services/order_transition_service'

/** Written into the history when the customer declines without saying why (staff read it). */
export const DECLINED_WITHOUT_REASON = 'Declined by the customer'

/**
 * The customer's answer to their claimed quote (SPEC §5, customer flow 3).
 *
 * Accept: claimed → confirmed and payment unpaid → awaiting_payment, both
 * through OrderTransitionService in ONE transaction (both or neither), on an
 * unexpired quote. Staff are notified once it is committed; the customer's
 * "awaiting payment" email follows the payment status change.
 *
 * Decline: the customer cancels the claimed quote, with an optional reason.
 *
 * `order` is one the caller found among the customer's own (ownedBy); the
 * row is locked and re-read here, so a concurrent change is seen.
 */
@inject()
export default class QuoteDecisionService {
  constructor(protected transitions: OrderTransitionService) {}

  async accept(order: Order, customer: User) {
    const accepted = await db.transaction(async (trx) => {
      const locked = await this.#lockOwn(order, customer, trx)
      if (locked.orderStatus !== 'claimed' || locked.paymentStatus !== 'unpaid') {
        throw new CustomerOrderRefusal(
          locked.orderStatus === 'cancelled' ? 'cancelled' : 'notAcceptable'
        )
      }
      if (isQuoteExpired(locked)) throw new CustomerOrderRefusal('expired')

      locked.acceptedAt = DateTime.now()
      await locked.save()
      const options = { actor: customer, client: trx }
      await this.transitions.apply(locked.id, { axis: 'orderStatus', to: 'confirmed' }, options)
      return this.transitions.apply(
        locked.id,
        { axis: 'paymentStatus', to: 'awaiting_payment' },
        options
      )
    })
    await QuoteAccepted.dispatch(accepted, customer)
    return accepted
  }

  async decline(order: Order, customer: User, reason: string | null) {
    return db.transaction(async (trx) => {
      const locked = await this.#lockOwn(order, customer, trx)
      if (locked.orderStatus !== 'claimed') throw new CustomerOrderRefusal('notDeclinable')
      return this.transitions.apply(
        locked.id,
        { axis: 'orderStatus', to: 'cancelled' },
        { actor: customer, client: trx, reason: reason?.trim() || DECLINED_WITHOUT_REASON }
      )
    })
  }

  #lockOwn(order: Order, customer: User, trx: Parameters<typeof Order.lockForUpdate>[1]) {
    return Order.query({ client: trx })
      .where('id', order.id)
      .withScopes((scopes) => scopes.ownedBy(customer))
      .forUpdate()
      .firstOrFail()
  }
}
