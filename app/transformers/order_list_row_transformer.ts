import FlatRowTransformer from '#transformers/flat_rows'
import { formatMoment } from '#domain/date_format'
import { formatMoney } from '#domain/money'
import { FULFILLMENT_NOT_STARTED } from '#domain/order_lifecycle'
import { statusLabel } from '#domain/status_labels'
import type { OrderListRow } from '#queries/order_list_query'

/** A row of the staff order list: statuses in words, total and date formatted. */
export default class OrderListRowTransformer extends FlatRowTransformer<OrderListRow> {
  toObject() {
    const row = this.resource
    return {
      ...this.pick(row, ['id', 'orderNumber', 'intakeName', 'intakeEmail', 'customerName']),
      orderStatus: statusLabel('orderStatus', row.orderStatus, 'en'),
      paymentStatus: statusLabel('paymentStatus', row.paymentStatus, 'en'),
      fulfillmentStatus: statusLabel(
        'fulfillmentStatus',
        row.fulfillmentStatus ?? FULFILLMENT_NOT_STARTED,
        'en'
      ),
      total: formatMoney(row.totalGrossCents, 'en'),
      createdAt: formatMoment(row.createdAt),
    }
  }
}
