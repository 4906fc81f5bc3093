import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import {
  assertTransition,
  ReasonRequiredError,
  transitionRequiresReason,
  type OrderState,
  type StatusChange,
  type StatusValue,
} from '#domain/order_lifecycle'
import Order from '#models/order'
import OrderStatusHistory from '#models/order_status_history'
import OrderStatusChanged from '#events/order_status_changed'
import type User from '#models/user'

export type TransitionOptions = {
  actor?: User | null
  reason?: string | null
  /** Run inside a caller's transaction (e.g. payment verification); committed by the caller. */
  client?: TransactionClientContract
}

/**
 * The one place that writes an order's status columns. Each change runs in a
 * transaction holding a row lock on the order, so concurrent changes of the
 * same order queue up and each is checked against the state the previous one
 * left; the history row is written in the same transaction, and the event is
 * emitted only once the change is committed. Cancelling, refunding and
 * sending a build back (rework) need a reason, checked here under the lock.
 */
export default class OrderTransitionService {
  async apply(orderId: number, change: StatusChange, options: TransitionOptions = {}) {
    if (options.client) {
      const result = await this.#applyLocked(orderId, change, options, options.client)
      options.client.after('commit', () =>
        OrderStatusChanged.dispatch(result.order, result.history)
      )
      return result.order
    }

    const result = await db.transaction((trx) => this.#applyLocked(orderId, change, options, trx))
    await OrderStatusChanged.dispatch(result.order, result.history)
    return result.order
  }

  async #applyLocked(
    orderId: number,
    change: StatusChange,
    options: TransitionOptions,
    trx: TransactionClientContract
  ) {
    const order = await Order.query({ client: trx }).where('id', orderId).forUpdate().firstOrFail()
    assertTransition(await this.stateOf(order, trx), change.axis, change.to)

    const from: StatusValue | null = order[change.axis]
    const reason = options.reason?.trim() || null
    if (!reason && transitionRequiresReason(change.axis, from, change.to)) {
      throw new ReasonRequiredError(change.axis, from, change.to)
    }
    this.#write(order, change)
    await order.save()

    const history = await OrderStatusHistory.create(
      {
        orderId: order.id,
        axis: change.axis,
        fromStatus: from,
        toStatus: change.to,
        actorId: options.actor?.id ?? null,
        reason,
      },
      { client: trx }
    )
    return { order, history }
  }

  #write(order: Order, change: StatusChange) {
    switch (change.axis) {
      case 'orderStatus':
        order.orderStatus = change.to
        break
      case 'paymentStatus':
        order.paymentStatus = change.to
        if (change.to === 'paid') order.paidAt ??= DateTime.now()
        break
      case 'fulfillmentStatus':
        order.fulfillmentStatus = change.to
        if (change.to === 'completed') order.deliveredAt ??= DateTime.now()
        break
    }
  }

  /**
   * What the lifecycle module judges a change against; also what the staff
   * order page asks allowedTransitions about, so it offers what apply accepts.
   */
  async stateOf(order: Order, client?: TransactionClientContract): Promise<OrderState> {
    // Pickup orders may skip shipping (ready → completed).
    const pickupLine = await (client ?? db)
      .from('order_lines')
      .where('order_id', order.id)
      .where('kind', 'shipping')
      .where('is_pickup', true)
      .first()
    return {
      orderStatus: order.orderStatus,
      paymentStatus: order.paymentStatus,
      fulfillmentStatus: order.fulfillmentStatus,
      isPickup: Boolean(pickupLine),
    }
  }
}
