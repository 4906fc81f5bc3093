import FlatRowTransformer from '#transformers/flat_rows'
import { FULFILLMENT_NOT_STARTED } from '#domain/order_lifecycle'
import { formatMoment } from '#domain/date_format'
import { statusAxisLabel, statusLabel } from '#domain/status_labels'
import type { Locale } from '#domain/statuses'
import type { CustomerTimelineFacts } from '#queries/customer_order_query'
import type User from '#models/user'

/**
 * One status change on the customer's timeline: when, which axis, to what,
 * and whether the customer made it (claim, accept, decline) or the shop.
 * No staff name and no reason (a staff reason is internal).
 */
export default class CustomerTimelineEntryTransformer extends FlatRowTransformer<CustomerTimelineFacts> {
  constructor(
    resource: CustomerTimelineFacts,
    protected locale: Locale,
    protected customer: User
  ) {
    super(resource)
  }

  toObject() {
    const row = this.resource
    return {
      ...this.pick(row, ['id', 'axis']),
      at: formatMoment(row.createdAt, this.locale),
      axisLabel: statusAxisLabel(row.axis, this.locale),
      to: row.toStatus,
      toLabel: statusLabel(row.axis, row.toStatus ?? FULFILLMENT_NOT_STARTED, this.locale),
      byCustomer: row.actorId === this.customer.id,
    }
  }
}
