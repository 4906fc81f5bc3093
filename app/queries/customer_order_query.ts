import Order from '#models/order'
import OrderStatusHistory from '#models/order_status_history'
import type User from '#models/user'

/**
 * The reads behind the customer's quote and order pages: the public quote
 * of a claim code, and one of a customer's own orders (ownedBy: never
 * another customer's) with its history. A missing or foreign order is the
 * same ModelNotFound (404), so ids cannot be probed. The list of a customer's
 * orders is CustomerOrdersQuery.
 */
export default class CustomerOrderQuery {
  /**
   * The published order of a canonical claim code (normalizeClaimCode), with
   * its lines; null when there is none. One lookup on the unique index of
   * claim_code: the time it takes does not depend on how much of a code matched.
   */
  byClaimCode(claimCode: string) {
    return Order.query().where('claimCode', claimCode).preload('lines').first()
  }

  /** One of the customer's orders by its public id, with lines; 404 otherwise. */
  ownOrder(customer: User, publicId: string) {
    return Order.query()
      .withScopes((scopes) => scopes.ownedBy(customer))
      .where('publicId', publicId)
      .preload('lines')
      .firstOrFail()
  }

  /** The order's status changes, oldest first (the customer's timeline). */
  statusHistory(order: Order) {
    return OrderStatusHistory.query()
      .where('orderId', order.id)
      .orderBy('createdAt', 'asc')
      .orderBy('id', 'asc')
  }
}
