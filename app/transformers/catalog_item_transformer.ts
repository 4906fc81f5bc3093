import { BaseTransformer } from '@adonisjs/core/transformers'
import type { CatalogKindPage } from '#domain/catalog_fields'
import { formatEuroInput, formatMoney } from '#domain/money'
import type { CatalogItem } from '#services/catalog_item_models'

/**
 * A row of one of the six non-component kinds (operating systems, services…):
 * the shared columns, and the kind's own ones (`values`) as its page defines them.
 */
export default class CatalogItemTransformer extends BaseTransformer<CatalogItem> {
  constructor(
    resource: CatalogItem,
    protected definition: CatalogKindPage
  ) {
    super(resource)
  }

  /** A row of the kind's list. */
  toObject() {
    const item = this.resource
    return {
      id: item.id,
      name: item.name,
      description: item.description,
      price: formatMoney(item.priceCents, 'en'),
      active: item.active,
      values: this.#values(),
    }
  }

  /** What the edit form starts with. */
  forForm() {
    const item = this.resource
    return {
      id: item.id,
      name: item.name,
      description: item.description ?? '',
      price: formatEuroInput(item.priceCents),
      active: item.active,
      values: this.#values(),
    }
  }

  #values() {
    const row = this.resource as unknown as Record<string, string | number | boolean | null>
    return Object.fromEntries(
      this.definition.fields.map((field) => [field.name, row[field.name] ?? null])
    )
  }
}
