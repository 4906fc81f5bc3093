import Order from '#models/order'
import type User from '#models/user'

/** How many orders the portal lists (the newest ones). */
export const CUSTOMER_ORDERS_LIMIT = 50

/** A customer's own orders for the portal, newest first: theirs and nobody else's. */
export default class CustomerOrdersQuery {
  run(customer: User, limit = CUSTOMER_ORDERS_LIMIT) {
    return Order.query()
      .withScopes((scopes) => scopes.ownedBy(customer))
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
  }
}
