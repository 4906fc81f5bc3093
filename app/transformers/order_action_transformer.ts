import { BaseTransformer } from '@adonisjs/core/transformers'
import { isRework } from '#domain/order_lifecycle'
import { statusAxisLabel, statusLabel } from '#domain/status_labels'
import type { StatusAxis } from '#domain/statuses'
import type Order from '#models/order'
import { QUOTE_VALIDITY_DAYS } from '#domain/shop_calendar'
import type { StaffAction } from '#services/staff_order_service'

/** What a status button says; a change not listed reads "Set to <status>". */
const ACTION_LABELS: Partial<Record<StatusAxis, Record<string, string>>> = {
  orderStatus: {
    quote: `Publish quote (valid ${QUOTE_VALIDITY_DAYS} days)`,
    confirmed: 'Confirm order',
    completed: 'Complete order',
    cancelled: 'Cancel order',
  },
  paymentStatus: {
    awaiting_payment: 'Request payment',
    paid: 'Record payment',
    unpaid: 'Reset to unpaid',
    refunded: 'Refund',
  },
  fulfillmentStatus: {
    awaiting_parts: 'Start fulfilment (awaiting parts)',
  },
}

/** A status change offered on the staff order page, with what its button says. */
export default class OrderActionTransformer extends BaseTransformer<StaffAction> {
  constructor(
    resource: StaffAction,
    /** The order it applies to: whether a change is rework depends on where it starts. */
    protected order: Order
  ) {
    super(resource)
  }

  toObject() {
    const { axis, to, requiresReason } = this.resource
    const from = this.order[axis] as Parameters<typeof isRework>[1]
    const toLabel = statusLabel(axis, to, 'en')
    return {
      axis,
      to,
      requiresReason,
      axisLabel: statusAxisLabel(axis, 'en'),
      toLabel,
      label: isRework(axis, from, to)
        ? 'Back to assembling (rework)'
        : (ACTION_LABELS[axis]?.[to] ?? `Set to ${toLabel.toLowerCase()}`),
    }
  }
}
