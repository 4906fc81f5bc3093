import { BaseTransformer } from '@adonisjs/core/transformers'
import { formatMoment, formatOptionalDay, formatOptionalMoment } from '#domain/date_format'
import { formatMoney } from '#domain/money'
import { FULFILLMENT_NOT_STARTED } from '#domain/order_lifecycle'
import { statusLabel } from '#domain/status_labels'
import { LOCALE_LABELS, type StatusAxis } from '#domain/statuses'
import type Order from '#models/order'
import { absoluteUrl } from '#services/customer_account_service'
import { isQuoteExpired } from '#domain/shop_calendar'
import { quotePath } from '#services/publish_quote_service'

/** Staff pages are English; amounts come formatted by the money module. */
const money = (cents: number | null) => (cents === null ? null : formatMoney(cents, 'en'))

/** The order's status on one axis in words; fulfilment not started is `null`, "not started". */
function statusOf(order: Order, axis: StatusAxis) {
  const value = order[axis]
  return { value, label: statusLabel(axis, value ?? FULFILLMENT_NOT_STARTED, 'en') }
}

export default class OrderTransformer extends BaseTransformer<Order> {
  toObject() {
    return this.pick(this.resource, ['id', 'orderNumber'])
  }

  /** The staff order page: facts, intake, and each status axis with the changes offered. */
  forOrderPage() {
    const order = this.resource
    return {
      id: order.id,
      orderNumber: order.orderNumber,
      orderStatus: statusOf(order, 'orderStatus'),
      paymentStatus: statusOf(order, 'paymentStatus'),
      fulfillmentStatus: statusOf(order, 'fulfillmentStatus'),
      customer: order.customer
        ? { name: order.customer.fullName, email: order.customer.email }
        : null,
      intake: {
        name: order.intakeName,
        email: order.intakeEmail,
        phone: order.intakePhone,
        useCase: order.useCase,
        budget: money(order.budgetCents),
      },
      notes: order.notes,
      internalNotes: order.internalNotes,
      claimCode: order.claimCode,
      quoteValidUntil: formatOptionalDay(order.quoteValidUntil?.toISODate()),
      createdAt: formatMoment(order.createdAt),
      paidAt: formatOptionalMoment(order.paidAt),
      invoiceReference: order.invoiceReference,
      deliveredAt: formatOptionalMoment(order.deliveredAt),
    }
  }

  /** The quote editor's facts about the quote (its lines come from OrderLineTransformer). */
  forQuoteEditor() {
    const order = this.resource
    const published = order.claimCode !== null
    return {
      id: order.id,
      orderNumber: order.orderNumber,
      orderStatus: statusOf(order, 'orderStatus'),
      editable: order.orderStatus === 'draft',
      intakeName: order.intakeName,
      intakeEmail: order.intakeEmail,
      intakePhone: order.intakePhone,
      intakeLanguage: LOCALE_LABELS[order.intakeLocale],
      useCase: order.useCase,
      budget: money(order.budgetCents),
      notes: order.notes,
      internalNotes: order.internalNotes,
      customerEmail: order.customer?.email ?? null,
      claimCode: order.claimCode,
      quoteUrl: published ? absoluteUrl(quotePath(order.claimCode!)) : null,
      publishedAt: formatOptionalMoment(order.publishedAt),
      validUntil: formatOptionalDay(order.quoteValidUntil?.toISODate()),
      expired: isQuoteExpired(order),
      // The service extends only a published quote not yet accepted.
      canExtend: order.orderStatus === 'quote' || order.orderStatus === 'claimed',
    }
  }
}
