import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { assertNonNegativeCents } from '#domain/money'
import Component from '#models/component'
import ComponentPriceHistory from '#models/component_price_history'
import type User from '#models/user'
import ActivityLogService from '#services/activity_log_service'
import { catalogChange } from '#services/catalog_changes'
import { formError } from '#services/form_errors'

export type SupplierPriceInput = {
  supplier: string
  priceCents: number
  /** When the supplier quoted it; now by default. */
  recordedAt?: DateTime | Date
  /** Also make it the component's current selling price. */
  updateCurrentPrice?: boolean
}

/** What suppliers charge for a component: the price history staff record. */
@inject()
export default class SupplierPriceService {
  constructor(protected activity: ActivityLogService) {}

  /**
   * Records what a supplier charges. Adds a price history row and, with
   * `updateCurrentPrice`, makes it the component's selling price, both in one
   * transaction holding a lock on the component.
   */
  async record(component: Component, input: SupplierPriceInput, actor: User | null) {
    assertNonNegativeCents(input.priceCents, 'supplier price')
    const supplier = input.supplier.trim()
    if (!supplier) throw formError('supplier', 'Fill in this field.', 'required')
    const recordedAt =
      input.recordedAt instanceof Date
        ? DateTime.fromJSDate(input.recordedAt)
        : (input.recordedAt ?? DateTime.now())

    const result = await db.transaction(async (trx) => {
      const locked = await Component.query({ client: trx })
        .where('id', component.id)
        .forUpdate()
        .firstOrFail()
      const history = await ComponentPriceHistory.create(
        { componentId: locked.id, supplier, priceCents: input.priceCents, recordedAt },
        { client: trx }
      )
      const previousPriceCents = locked.priceCents
      const priceUpdated =
        Boolean(input.updateCurrentPrice) && previousPriceCents !== input.priceCents
      if (priceUpdated) {
        locked.priceCents = input.priceCents
        await locked.save()
      }
      await this.activity.record(
        catalogChange('component', 'supplier_price_recorded', locked, actor, {
          name: locked.displayName,
          supplier,
          supplierPriceCents: input.priceCents,
          recordedAt: recordedAt.toISO(),
          priceUpdated,
          ...(priceUpdated
            ? { changes: { priceCents: [previousPriceCents, input.priceCents] } }
            : {}),
        }),
        trx
      )
      return { history, component: locked, priceUpdated }
    })
    if (result.priceUpdated) await component.refresh()
    return result
  }
}
