import { BaseTransformer } from '@adonisjs/core/transformers'
import { formatDay, formatOptionalDay } from '#domain/date_format'
import { customerNextStep, needsCustomer } from '#domain/customer_next_step'
import { formatMoney, formatOrderTotals, orderTotals } from '#domain/money'
import { FULFILLMENT_NOT_STARTED } from '#domain/order_lifecycle'
import { isQuoteExpired } from '#domain/shop_calendar'
import { statusLabel } from '#domain/status_labels'
import type { Locale, StatusAxis } from '#domain/statuses'
import type { CustomerOrderFacts } from '#queries/customer_order_query'
import CustomerOrderLineTransformer from '#transformers/customer_order_line_transformer'

/**
 * An order as its customer sees it, in their language: the facts a customer
 * relies on (number, lines, totals, statuses in words, validity, next step),
 * never a staff-only field (internal notes, catalog prices, override
 * reasons, intake details, serial id, staff names).
 */
export default class CustomerOrderTransformer extends BaseTransformer<CustomerOrderFacts> {
  constructor(
    resource: CustomerOrderFacts,
    protected locale: Locale
  ) {
    super(resource)
  }

  #status(axis: StatusAxis) {
    const value = this.resource[axis]
    return { value, label: statusLabel(axis, value ?? FULFILLMENT_NOT_STARTED, this.locale) }
  }

  #money(cents: number) {
    return formatMoney(cents, this.locale)
  }

  /** A row of the customer's order list (portal and /portal/orders). */
  toObject() {
    const order = this.resource
    const nextStep = customerNextStep(order)
    return {
      id: order.publicId,
      number: order.orderNumber,
      createdAt: formatDay(order.createdAt, this.locale),
      orderStatus: this.#status('orderStatus'),
      paymentStatus: this.#status('paymentStatus'),
      fulfillmentStatus: this.#status('fulfillmentStatus'),
      total: this.#money(order.totalGrossCents),
      nextStep,
      needsAttention: needsCustomer(nextStep),
    }
  }

  /** The public quote page: what was quoted, for whoever holds the code (lines preloaded). */
  forQuotePage() {
    const order = this.resource
    return {
      number: order.orderNumber,
      validUntil: formatOptionalDay(order.quoteValidUntil?.toISODate(), this.locale),
      totals: formatOrderTotals(orderTotals(order.lines), this.locale),
      lines: CustomerOrderLineTransformer.rows(order.lines, this.locale),
    }
  }

  /** The customer's order page (lines preloaded); the shop's notes, never the internal ones. */
  forOrderPage() {
    const order = this.resource
    return {
      ...this.toObject(),
      notes: order.notes,
      validUntil: formatOptionalDay(order.quoteValidUntil?.toISODate(), this.locale),
      expired: isQuoteExpired(order),
      totals: formatOrderTotals(orderTotals(order.lines), this.locale),
      lines: CustomerOrderLineTransformer.rows(order.lines, this.locale),
    }
  }
}
