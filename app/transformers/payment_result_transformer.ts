import { BaseTransformer } from '@adonisjs/core/transformers'
import { formatMoney } from '#domain/money'
import type { Locale } from '#domain/statuses'
import type Order from '#models/order'
import type { PaymentOutcome } from '#services/payment_confirmation_service'

/** What the return pages say: `pending` when Viva could not be asked. */
export type PaymentPageOutcome = PaymentOutcome | 'pending'

/** The order a return page links back to, as the customer sees it. */
export default class PaymentResultTransformer extends BaseTransformer<Order> {
  constructor(
    resource: Order,
    protected locale: Locale
  ) {
    super(resource)
  }

  toObject() {
    return {
      id: this.resource.publicId,
      number: this.resource.orderNumber,
      total: formatMoney(this.resource.totalGrossCents, this.locale),
      paymentStatus: this.resource.paymentStatus,
    }
  }
}
