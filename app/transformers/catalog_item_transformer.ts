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
    return this.#item(item.description, formatMoney(item.priceCents, 'en'))
  }

  /** What the edit form starts with: the price in the money fields' notation. */
  forForm() {
    const item = this.resource
    return this.#item(item.description ?? '', formatEuroInput(item.priceCents))
  }

  #item<Description extends string | null>(description: Description, price: string) {
    return {
      ...this.pick(this.resource, ['id', 'name', 'active']),
      description,
      price,
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
