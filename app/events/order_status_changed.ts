import { BaseEvent } from '@adonisjs/core/events'
import type Order from '#models/order'
import type OrderStatusHistory from '#models/order_status_history'

/**
 * Emitted after a status change is committed. Listeners (emails, notifications)
 * react to it; they never run for a change that was rolled back.
 */
export default class OrderStatusChanged extends BaseEvent {
  constructor(
    public order: Order,
    public history: OrderStatusHistory
  ) {
    super()
  }
}
