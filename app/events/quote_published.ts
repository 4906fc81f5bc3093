import { BaseEvent } from '@adonisjs/core/events'
import type Order from '#models/order'
import type User from '#models/user'

/**
 * Emitted once a draft has been published as a quote and the change is
 * committed: the order has its claim code, publishedAt and quoteValidUntil.
 * The mail listener (the quote link to the intake email) subscribes to it.
 */
export default class QuotePublished extends BaseEvent {
  constructor(
    public order: Order,
    public publishedBy: User | null
  ) {
    super()
  }
}
