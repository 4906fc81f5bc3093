import { BaseEvent } from '@adonisjs/core/events'
import type Order from '#models/order'
import type User from '#models/user'

/**
 * Emitted once a customer's claim of a quote is committed: the order is
 * bound to `customer` and is `claimed`. The "order claimed" email listens.
 */
export default class QuoteClaimed extends BaseEvent {
  constructor(
    public order: Order,
    public customer: User
  ) {
    super()
  }
}
