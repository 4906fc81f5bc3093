import { inject } from '@adonisjs/core'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { assertNonNegativeCents, assertVatRateBp, DEFAULT_VAT_RATE_BP } from '#domain/money'
import type { ComponentCategory, LineItemKind } from '#domain/statuses'
import {
  CatalogItemInactiveError,
  CatalogItemMissingError,
  QuoteNotEditableError,
} from '#exceptions/quote_refusals'
import Component from '#models/component'
import Order from '#models/order'
import OrderLine from '#models/order_line'
import type User from '#models/user'
import ActivityLogService from '#services/activity_log_service'
import {
  CATALOG_ITEM_MODELS,
  type CatalogItemKind,
  type CatalogSpecs,
} from '#services/catalog_item_models'
import { formError } from '#services/form_errors'
import OrderTotalsService from '#services/order_totals_service'
import { blankToNull } from '#services/text_input'
import { transaction, type InTransaction } from '#services/transactions'

/*
| The lines of a draft quote (SPEC §5, staff flow 1): added from the catalog
| (a SNAPSHOT: name, specs, price, VAT copied now; later catalog edits change
| no existing order) or typed by hand, edited, removed, reordered.
|
| Lines change only while the order is a draft. Each change runs in one
| transaction that locks the order row, checks it is still a draft, writes the
| line(s) and recomputes the cached totals (OrderTotalsService), so two staff
| editing the same quote queue up and the totals always match the lines. A
| published quote is refused with QuoteNotEditableError.
*/

export type CustomLineInput = {
  kind: LineItemKind
  name: string
  description?: string | null
  /** Component lines only. */
  category?: ComponentCategory | null
  sku?: string | null
  specs?: CatalogSpecs
  unitPriceCents: number
  vatRateBp?: number
  quantity?: number
  /** Required for a warranty line (reminders are computed from it). */
  warrantyMonths?: number | null
  /** Shipping lines only: in-store pickup. */
  isPickup?: boolean
}

/** Left out = unchanged. */
export type LineChanges = {
  quantity?: number
  /**
   * On a line copied from the catalog, a price other than the catalog price
   * is an override: it needs `priceOverrideReason` (or an earlier one on the
   * line), and the catalog price is kept in `catalogPriceCents`. Setting the
   * catalog price again removes the override. Lines typed by hand have no
   * catalog price: their price is simply edited.
   */
  unitPriceCents?: number
  priceOverrideReason?: string | null
  vatRateBp?: number
  name?: string
  /** null or blank clears it. */
  description?: string | null
}

type Snapshot = Pick<
  OrderLine,
  | 'category'
  | 'name'
  | 'description'
  | 'sku'
  | 'specs'
  | 'unitPriceCents'
  | 'isPickup'
  | 'warrantyMonths'
>

/** Specs without empty values (a null edition, a missing carrier…). */
function specsOf(values: Record<string, string | number | boolean | null | undefined>) {
  const specs: CatalogSpecs = {}
  for (const [key, value] of Object.entries(values)) {
    if (value !== null && value !== undefined && value !== '') specs[key] = value
  }
  return specs
}

function assertQuantity(quantity: number) {
  if (!Number.isSafeInteger(quantity) || quantity < 1) {
    throw formError('quantity', 'Enter a whole number of at least 1.', 'min')
  }
}

@inject()
export default class QuoteLinesService {
  constructor(
    protected totals: OrderTotalsService,
    protected activity: ActivityLogService
  ) {}

  /**
   * Copies an active catalog row into a new line at the end of the draft:
   * components as "brand model" with category, SKU and specs; warranties with
   * their duration; shipping with its pickup flag; the others with name,
   * description and their particulars in `specs`. Standard VAT (24 %).
   */
  async addCatalogLine(
    order: Order | number,
    kind: LineItemKind,
    catalogId: number,
    quantity = 1,
    options: InTransaction = {}
  ) {
    assertQuantity(quantity)
    return this.#editDraft(
      order,
      async (locked, trx) => {
        const snapshot = await this.#snapshot(kind, catalogId, trx)
        return OrderLine.create(
          {
            orderId: locked.id,
            kind,
            sourceId: catalogId,
            position: await this.#nextPosition(locked.id, trx),
            ...snapshot,
            catalogPriceCents: null,
            priceOverrideReason: null,
            vatRateBp: DEFAULT_VAT_RATE_BP,
            quantity,
          },
          { client: trx }
        )
      },
      options
    )
  }

  /** A line typed by staff (not from the catalog). */
  async addCustomLine(order: Order | number, input: CustomLineInput) {
    const quantity = input.quantity ?? 1
    const vatRateBp = input.vatRateBp ?? DEFAULT_VAT_RATE_BP
    assertQuantity(quantity)
    assertNonNegativeCents(input.unitPriceCents, 'unit price')
    assertVatRateBp(vatRateBp)
    const name = input.name.trim()
    if (!name) throw formError('name', 'Fill in this field.', 'required')
    if (input.kind === 'warranty' && !input.warrantyMonths) {
      throw formError('warrantyMonths', 'Enter the warranty duration in months.', 'required')
    }
    return this.#editDraft(order, async (locked, trx) =>
      OrderLine.create(
        {
          orderId: locked.id,
          kind: input.kind,
          sourceId: null,
          position: await this.#nextPosition(locked.id, trx),
          category: input.kind === 'component' ? (input.category ?? null) : null,
          name,
          description: blankToNull(input.description),
          sku: blankToNull(input.sku),
          specs: specsOf(input.specs ?? {}),
          unitPriceCents: input.unitPriceCents,
          catalogPriceCents: null,
          priceOverrideReason: null,
          vatRateBp,
          quantity,
          isPickup: input.kind === 'shipping' ? Boolean(input.isPickup) : false,
          warrantyMonths: input.kind === 'warranty' ? (input.warrantyMonths ?? null) : null,
        },
        { client: trx }
      )
    )
  }

  async updateLine(
    order: Order | number,
    lineId: number,
    changes: LineChanges,
    actor: User | null,
    options: InTransaction = {}
  ) {
    if (changes.quantity !== undefined) assertQuantity(changes.quantity)
    if (changes.unitPriceCents !== undefined) {
      assertNonNegativeCents(changes.unitPriceCents, 'unit price')
    }
    if (changes.vatRateBp !== undefined) assertVatRateBp(changes.vatRateBp)

    return this.#editDraft(
      order,
      async (locked, trx) => {
        const line = await this.#line(locked, lineId, trx)
        if (changes.quantity !== undefined) line.quantity = changes.quantity
        if (changes.vatRateBp !== undefined) line.vatRateBp = changes.vatRateBp
        if (changes.name !== undefined) {
          const name = changes.name.trim()
          if (!name) throw formError('name', 'Fill in this field.', 'required')
          line.name = name
        }
        if (changes.description !== undefined) line.description = blankToNull(changes.description)

        const override = this.#applyPrice(line, changes)
        await line.save()

        if (override) {
          await this.activity.record(
            {
              actor,
              action: override.action,
              subject: { type: 'order', id: locked.id },
              metadata: {
                orderNumber: locked.orderNumber,
                lineId: line.id,
                name: line.name,
                catalogPriceCents: override.catalogPriceCents,
                unitPriceCents: line.unitPriceCents,
                reason: line.priceOverrideReason,
              },
            },
            trx
          )
        }
        return line
      },
      options
    )
  }

  async removeLine(order: Order | number, lineId: number) {
    await this.#editDraft(order, async (locked, trx) => {
      const line = await this.#line(locked, lineId, trx)
      await line.delete()
    })
  }

  /** New order of the lines: `lineIds` lists every line of the order exactly once. */
  async reorder(order: Order | number, lineIds: number[]) {
    return this.#editDraft(
      order,
      async (locked, trx) => {
        const lines = await OrderLine.query({ client: trx }).where('orderId', locked.id)
        const current = new Set(lines.map((line) => line.id))
        const wanted = new Set(lineIds)
        if (
          wanted.size !== lineIds.length ||
          wanted.size !== current.size ||
          lineIds.some((id) => !current.has(id))
        ) {
          throw formError('lineIds', 'Send every line of the order exactly once.', 'lineIds')
        }
        // One statement for all positions.
        await trx.rawQuery(
          `update order_lines set position = v.position, updated_at = now()
             from (values ${lineIds.map(() => '(?::int, ?::int)').join(', ')}) as v(id, position)
            where order_lines.id = v.id and order_lines.order_id = ?`,
          [...lineIds.flatMap((id, position) => [id, position]), locked.id]
        )
        return OrderLine.query({ client: trx })
          .where('orderId', locked.id)
          .orderBy('position')
          .orderBy('id')
      },
      { recalculate: false }
    )
  }

  /**
   * Runs a change of a draft: one transaction, order row locked, refused
   * unless still a draft, totals recomputed from the lines before commit. A
   * passed Order instance is refreshed afterwards (its totals are current).
   */
  async #editDraft<T>(
    order: Order | number,
    change: (locked: Order, trx: TransactionClientContract) => Promise<T>,
    options: InTransaction & { recalculate?: boolean } = {}
  ): Promise<T> {
    const result = await transaction(options.client, async (trx) => {
      const locked = await Order.lockForUpdate(order, trx)
      if (locked.orderStatus !== 'draft') {
        throw new QuoteNotEditableError(locked.orderNumber, locked.orderStatus)
      }
      const value = await change(locked, trx)
      if (options.recalculate !== false) await this.totals.recalculate(locked, trx)
      return value
    })
    if (order instanceof Order) {
      if (options.client) order.useTransaction(options.client)
      await order.refresh()
    }
    return result
  }

  #line(order: Order, lineId: number, trx: TransactionClientContract) {
    return OrderLine.query({ client: trx })
      .where('id', lineId)
      .where('orderId', order.id)
      .forUpdate()
      .firstOrFail()
  }

  async #nextPosition(orderId: number, trx: TransactionClientContract) {
    const [row] = await trx
      .from('order_lines')
      .where('order_id', orderId)
      .max('position as position')
    return row?.position === null || row?.position === undefined ? 0 : Number(row.position) + 1
  }

  /** What a line copies from a catalog row of `kind` (which must exist and be active). */
  async #snapshot(
    kind: LineItemKind,
    catalogId: number,
    trx: TransactionClientContract
  ): Promise<Snapshot> {
    if (kind === 'component') {
      const component = await Component.find(catalogId, { client: trx })
      if (!component) throw new CatalogItemMissingError(kind, catalogId)
      if (!component.active) throw new CatalogItemInactiveError(kind, component.displayName)
      return {
        category: component.category,
        name: component.displayName,
        description: null,
        sku: component.sku,
        specs: { ...component.specs },
        unitPriceCents: component.priceCents,
        isPickup: false,
        warrantyMonths: null,
      }
    }

    const Model = CATALOG_ITEM_MODELS[kind as CatalogItemKind]
    const row = (await Model.find(catalogId, { client: trx })) as InstanceType<typeof Model> | null
    if (!row) throw new CatalogItemMissingError(kind, catalogId)
    if (!row.active) throw new CatalogItemInactiveError(kind, row.name)
    const base = {
      category: null,
      name: row.name,
      description: row.description,
      sku: null,
      unitPriceCents: row.priceCents,
      isPickup: false,
      warrantyMonths: null,
    }
    if (row instanceof CATALOG_ITEM_MODELS.operating_system) {
      return { ...base, specs: specsOf({ edition: row.edition, licenseType: row.licenseType }) }
    }
    if (row instanceof CATALOG_ITEM_MODELS.warranty) {
      return {
        ...base,
        specs: { durationMonths: row.durationMonths },
        warrantyMonths: row.durationMonths,
      }
    }
    if (row instanceof CATALOG_ITEM_MODELS.shipping) {
      return { ...base, specs: specsOf({ carrier: row.carrier }), isPickup: row.isPickup }
    }
    if (row instanceof CATALOG_ITEM_MODELS.peripheral) {
      return { ...base, specs: specsOf({ brand: row.brand, kind: row.kind }) }
    }
    if (row instanceof CATALOG_ITEM_MODELS.software) {
      return { ...base, specs: specsOf({ vendor: row.vendor, licenseType: row.licenseType }) }
    }
    return { ...base, specs: {} }
  }

  /**
   * Applies a price change to a line. Returns what to write in the activity
   * log when it created, changed or removed an override of the catalog price.
   */
  #applyPrice(line: OrderLine, changes: LineChanges) {
    const newReason =
      changes.priceOverrideReason === undefined
        ? undefined
        : blankToNull(changes.priceOverrideReason)
    const fromCatalog = line.sourceId !== null

    if (!fromCatalog) {
      // A typed line has no catalog price to override: its price is just edited.
      if (changes.unitPriceCents !== undefined) line.unitPriceCents = changes.unitPriceCents
      if (newReason !== undefined) line.priceOverrideReason = newReason
      return null
    }

    const catalogPriceCents = line.catalogPriceCents ?? line.unitPriceCents
    const price = changes.unitPriceCents ?? line.unitPriceCents

    if (price === catalogPriceCents) {
      if (line.catalogPriceCents === null) return null
      // Back to the catalog price: the override (and its reason) go away.
      line.merge({ unitPriceCents: price, catalogPriceCents: null, priceOverrideReason: null })
      return { action: 'quote.line.price_override_removed', catalogPriceCents }
    }

    const reason = newReason === undefined ? line.priceOverrideReason : newReason
    if (!reason) {
      throw formError(
        'priceOverrideReason',
        'Give the reason for changing the catalog price.',
        'required'
      )
    }
    const changed = price !== line.unitPriceCents || reason !== line.priceOverrideReason
    line.merge({ unitPriceCents: price, catalogPriceCents, priceOverrideReason: reason })
    return changed ? { action: 'quote.line.price_overridden', catalogPriceCents } : null
  }
}
