import { BaseEvent } from '@adonisjs/core/events'
import type Order from '#models/order'
import type User from '#models/user'

/**
 * Emitted after staff changed the validity date of a published quote (e.g. to
 * let an expired quote be accepted again). `previousValidUntil` is YYYY-MM-DD.
 */
export default class QuoteValidityExtended extends BaseEvent {
  constructor(
    public order: Order,
    public previousValidUntil: string | null,
    public extendedBy: User | null
  ) {
    super()
  }
}
