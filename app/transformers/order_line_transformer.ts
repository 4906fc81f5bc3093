import { BaseTransformer } from '@adonisjs/core/transformers'
import { lineSpecSummary } from '#domain/catalog_fields'
import { formatEuroInput, formatMoney, formatVatRate } from '#domain/money'
import { lineKindLabel } from '#domain/status_labels'
import type OrderLine from '#models/order_line'

/** Staff pages are English; amounts come formatted by the money module. */
const money = (cents: number) => formatMoney(cents, 'en')

export default class OrderLineTransformer extends BaseTransformer<OrderLine> {
  /** A line of the staff order page. */
  toObject() {
    const line = this.resource
    return {
      id: line.id,
      kind: line.kind,
      kindLabel: lineKindLabel(line.kind, 'en'),
      category: line.category,
      name: line.name,
      description: line.description,
      sku: line.sku,
      specs: lineSpecSummary(line, 'en'),
      quantity: line.quantity,
      unitPrice: money(line.unitPriceCents),
      total: money(line.lineGrossCents),
      vatRate: formatVatRate(line.vatRateBp),
      priceOverrideReason: line.priceOverrideReason,
    }
  }

  /** A line of the quote editor: what it shows, plus what its edit form starts with. */
  forQuoteEditor() {
    const line = this.resource
    return {
      ...this.toObject(),
      // What the price field starts with, in the notation of the money fields' hint.
      unitPriceInput: formatEuroInput(line.unitPriceCents),
      catalogPrice: line.catalogPriceCents === null ? null : money(line.catalogPriceCents),
      fromCatalog: line.sourceId !== null,
    }
  }
}
