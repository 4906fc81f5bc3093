import { BaseTransformer } from '@adonisjs/core/transformers'
import { formatMoney } from '#domain/money'
import type { CatalogPick } from '#queries/catalog_query'

/** A catalog row offered by the quote editor's line picker (JSON). */
export default class CatalogPickTransformer extends BaseTransformer<CatalogPick> {
  toObject() {
    return {
      ...this.pick(this.resource, ['kind', 'id', 'name', 'description', 'category', 'sku']),
      price: formatMoney(this.resource.priceCents, 'en'),
    }
  }
}
