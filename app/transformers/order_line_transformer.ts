import { BaseTransformer } from '@adonisjs/core/transformers'
import { formatEuroInput, formatMoney } from '#domain/money'
import type OrderLine from '#models/order_line'
import CustomerOrderLineTransformer from '#transformers/customer_order_line_transformer'

export default class OrderLineTransformer extends BaseTransformer<OrderLine> {
  /**
   * A line of the staff order page: what the customer reads (in English), and
   * the staff-only category, SKU and price override reason.
   */
  toObject() {
    return {
      ...new CustomerOrderLineTransformer(this.resource, 'en').toObject(),
      ...this.pick(this.resource, ['category', 'sku', 'priceOverrideReason']),
    }
  }

  /** A line of the quote editor: what it shows, plus what its edit form starts with. */
  forQuoteEditor() {
    const line = this.resource
    return {
      ...this.toObject(),
      // What the price field starts with, in the notation of the money fields' hint.
      unitPriceInput: formatEuroInput(line.unitPriceCents),
      catalogPrice:
        line.catalogPriceCents === null ? null : formatMoney(line.catalogPriceCents, 'en'),
      fromCatalog: line.sourceId !== null,
    }
  }
}
