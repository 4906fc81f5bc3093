import { BaseTransformer } from '@adonisjs/core/transformers'
import { formatDay, formatMoment } from '#domain/date_format'
import { formatMoney } from '#domain/money'
import type ComponentPriceHistory from '#models/component_price_history'

/** A supplier price of a component: its history table, chart and latest prices. */
export default class ComponentPriceTransformer extends BaseTransformer<ComponentPriceHistory> {
  toObject() {
    const row = this.resource
    return {
      // The chart scales its bars by the exact amount (priceCents).
      ...this.pick(row, ['id', 'supplier', 'priceCents']),
      price: formatMoney(row.priceCents, 'en'),
      recordedOn: formatDay(row.recordedAt),
      /** The chart places each price by when it was quoted. */
      recordedAtMs: row.recordedAt.toMillis(),
      createdAt: formatMoment(row.createdAt),
    }
  }
}
