import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import { assertNonNegativeCents } from '#domain/money'
import type User from '#models/user'
import ActivityLogService from '#services/activity_log_service'
import { catalogChange, changesOf, switchCatalogRow } from '#services/catalog_changes'
import {
  catalogItemModel,
  ITEM_COLUMNS,
  type CatalogItem,
  type CatalogItemInputs,
  type CatalogItemKind,
} from '#services/catalog_item_models'
import { blankToNull } from '#services/text_input'

/*
| Catalog maintenance of the six other kinds a quote line can come from
| (operating systems, services, warranties, shipping, peripherals, software):
| create, edit, (de)activate. Each change writes an activity_logs row in the
| same transaction.
*/
@inject()
export default class CatalogItemService {
  constructor(protected activity: ActivityLogService) {}

  async create<K extends CatalogItemKind>(
    kind: K,
    input: CatalogItemInputs[K],
    actor: User | null
  ): Promise<CatalogItem<K>> {
    assertNonNegativeCents(input.priceCents, 'price')
    return db.transaction(async (trx) => {
      const Model = catalogItemModel(kind)
      const item = new Model()
      item.useTransaction(trx)
      item.merge({ ...this.#itemAttributes(kind, input), active: input.active ?? true })
      await item.save()
      await this.activity.record(
        catalogChange(kind, 'created', item, actor, {
          name: item.name,
          priceCents: item.priceCents,
        }),
        trx
      )
      return item as unknown as CatalogItem<K>
    })
  }

  /** Full edit (the form sends every field); `active` left out keeps the current flag. */
  async update<K extends CatalogItemKind>(
    kind: K,
    item: CatalogItem<K>,
    input: CatalogItemInputs[K],
    actor: User | null
  ): Promise<CatalogItem<K>> {
    assertNonNegativeCents(input.priceCents, 'price')
    const updated = await db.transaction(async (trx) => {
      const locked = await catalogItemModel(kind)
        .query({ client: trx })
        .where('id', item.id)
        .forUpdate()
        .firstOrFail()
      const before = { ...locked.$attributes }
      locked.merge({
        ...this.#itemAttributes(kind, input),
        ...(input.active === undefined ? {} : { active: input.active }),
      })
      const changes = changesOf(before, locked.$attributes, [
        'name',
        'description',
        'priceCents',
        'active',
        ...ITEM_COLUMNS[kind],
      ])
      if (Object.keys(changes).length === 0) return locked
      await locked.save()
      await this.activity.record(
        catalogChange(kind, 'updated', locked, actor, { name: locked.name, changes }),
        trx
      )
      return locked
    })
    await item.refresh()
    return updated as unknown as CatalogItem<K>
  }

  /** Offered to new quotes or not (existing quotes keep their snapshot). */
  async setActive<K extends CatalogItemKind>(
    kind: K,
    item: CatalogItem<K>,
    active: boolean,
    actor: User | null
  ) {
    await switchCatalogRow(this.activity, {
      kind,
      lock: (trx) =>
        catalogItemModel(kind)
          .query({ client: trx })
          .where('id', item.id)
          .forUpdate()
          .firstOrFail(),
      name: (locked) => locked.name,
      active,
      actor,
    })
    await item.refresh()
    return item
  }

  #itemAttributes<K extends CatalogItemKind>(kind: K, input: CatalogItemInputs[K]) {
    const attributes: Record<string, unknown> = {
      name: input.name.trim(),
      description: blankToNull(input.description),
      priceCents: input.priceCents,
    }
    const source = input as unknown as Record<string, unknown>
    for (const column of ITEM_COLUMNS[kind]) {
      const value = source[column]
      if (column === 'isPickup') attributes[column] = Boolean(value)
      else if (column === 'durationMonths') attributes[column] = value
      else attributes[column] = typeof value === 'string' ? blankToNull(value) : (value ?? null)
    }
    return attributes
  }
}
