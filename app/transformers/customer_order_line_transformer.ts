import FlatRowTransformer from '#transformers/flat_rows'
import { lineSpecSummary } from '#domain/catalog_fields'
import { formatMoney, formatVatRate, multiplyCents } from '#domain/money'
import { lineKindLabel } from '#domain/status_labels'
import type { Locale } from '#domain/statuses'
import type { CustomerOrderLineFacts } from '#queries/customer_order_query'

/**
 * A line as the customer sees it (quote page, order page), in their
 * language: what it is and what it costs. Never the catalog price, the
 * override reason or the catalog ids (staff-only).
 */
export default class CustomerOrderLineTransformer extends FlatRowTransformer<CustomerOrderLineFacts> {
  constructor(
    resource: CustomerOrderLineFacts,
    protected locale: Locale
  ) {
    super(resource)
  }

  toObject() {
    const line = this.resource
    return {
      ...this.pick(line, ['id', 'kind', 'name', 'description', 'quantity']),
      kindLabel: lineKindLabel(line.kind, this.locale),
      specs: lineSpecSummary(line, this.locale),
      unitPrice: formatMoney(line.unitPriceCents, this.locale),
      vatRate: formatVatRate(line.vatRateBp),
      total: formatMoney(multiplyCents(line.unitPriceCents, line.quantity), this.locale),
    }
  }
}
