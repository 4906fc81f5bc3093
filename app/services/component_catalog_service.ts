import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import { assertNonNegativeCents } from '#domain/money'
import Component from '#models/component'
import type User from '#models/user'
import ActivityLogService from '#services/activity_log_service'
import { catalogChange, changesOf, switchCatalogRow } from '#services/catalog_changes'
import type { ComponentInput } from '#services/catalog_item_models'
import { isUniqueViolation } from '#services/database_errors'
import { formError } from '#services/form_errors'
import { blankToNull } from '#services/text_input'

/*
| Catalog maintenance of the components: create, edit, (de)activate. Each
| change writes an activity_logs row in the same transaction. Nothing here
| touches orders: lines are snapshots, so catalog edits never change a quote.
*/
@inject()
export default class ComponentCatalogService {
  constructor(protected activity: ActivityLogService) {}

  async create(input: ComponentInput, actor: User | null) {
    assertNonNegativeCents(input.priceCents, 'price')
    return db.transaction(async (trx) => {
      const component = new Component()
      component.useTransaction(trx)
      component.merge({ ...this.#componentAttributes(input), active: input.active ?? true })
      await this.#saveComponent(component)
      await this.activity.record(
        catalogChange('component', 'created', component, actor, {
          category: component.category,
          name: component.displayName,
          priceCents: component.priceCents,
        }),
        trx
      )
      return component
    })
  }

  /** Full edit (the form sends every field); `active` left out keeps the current flag. */
  async update(component: Component, input: ComponentInput, actor: User | null) {
    assertNonNegativeCents(input.priceCents, 'price')
    const updated = await db.transaction(async (trx) => {
      const locked = await Component.query({ client: trx })
        .where('id', component.id)
        .forUpdate()
        .firstOrFail()
      const before = { ...locked.$attributes }
      locked.merge({
        ...this.#componentAttributes(input),
        ...(input.active === undefined ? {} : { active: input.active }),
      })
      const changes = changesOf(before, locked.$attributes, [
        'category',
        'brand',
        'model',
        'sku',
        'priceCents',
        'active',
        'specs',
      ])
      if (Object.keys(changes).length === 0) return locked
      await this.#saveComponent(locked)
      await this.activity.record(
        catalogChange('component', 'updated', locked, actor, { name: locked.displayName, changes }),
        trx
      )
      return locked
    })
    await component.refresh()
    return updated
  }

  /** Offered to new quotes or not (existing quotes keep their snapshot). */
  async setActive(component: Component, active: boolean, actor: User | null) {
    await switchCatalogRow(this.activity, {
      kind: 'component',
      lock: (trx) =>
        Component.query({ client: trx }).where('id', component.id).forUpdate().firstOrFail(),
      name: (locked) => locked.displayName,
      active,
      actor,
    })
    await component.refresh()
    return component
  }

  #componentAttributes(input: ComponentInput) {
    return {
      category: input.category,
      brand: input.brand.trim(),
      model: input.model.trim(),
      sku: blankToNull(input.sku),
      priceCents: input.priceCents,
      specs: { ...input.specs },
    }
  }

  /** Saves, turning a duplicate SKU into a form error on `sku`. */
  async #saveComponent(component: Component) {
    try {
      await component.save()
    } catch (error) {
      if (isUniqueViolation(error, 'components_sku_unique')) {
        throw formError('sku', 'Another component already has this SKU.', 'unique')
      }
      throw error
    }
  }
}
