import { BaseTransformer } from '@adonisjs/core/transformers'
import { statusAxisLabel, statusLabel } from '#domain/status_labels'
import type { StatusAxis } from '#domain/statuses'
import type Order from '#models/order'

/** A status change staff just made: the order as it now is, and the axis and status it moved to. */
export type StatusChange = { order: Order; axis: StatusAxis; to: string }

/** What staff read after a change, as a flash message or in the JSON answer. */
export function statusChangeMessage({ order, axis, to }: StatusChange) {
  return `Order ${order.orderNumber}: ${statusAxisLabel(axis, 'en').toLowerCase()} is now ${statusLabel(axis, to, 'en').toLowerCase()}.`
}

/** The JSON answer to a status change on the staff order page: the message and the three statuses. */
export default class StatusChangeTransformer extends BaseTransformer<StatusChange> {
  toObject() {
    const { order } = this.resource
    return {
      message: statusChangeMessage(this.resource),
      orderStatus: order.orderStatus,
      paymentStatus: order.paymentStatus,
      fulfillmentStatus: order.fulfillmentStatus,
    }
  }
}
