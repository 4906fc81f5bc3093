import { BaseEvent } from '@adonisjs/core/events'
import type Order from '#models/order'
import type User from '#models/user'

/**
 * Emitted once a customer's acceptance is committed: the order is
 * `confirmed` and awaits payment. Staff are told (STAFF_NOTIFY_EMAILS); the
 * customer's "awaiting payment" email comes from the status change itself.
 */
export default class QuoteAccepted extends BaseEvent {
  constructor(
    public order: Order,
    public customer: User
  ) {
    super()
  }
}
