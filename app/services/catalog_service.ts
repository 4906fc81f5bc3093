import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { ComponentCategory, LineItemKind } from '#domain/statuses'
import { assertNonNegativeCents } from '#domain/money'
import Component from '#models/component'
import ComponentPriceHistory from '#models/component_price_history'
import OperatingSystem from '#models/operating_system'
import Service from '#models/service'
import Warranty from '#models/warranty'
import ShippingMethod from '#models/shipping_method'
import Peripheral from '#models/peripheral'
import Software from '#models/software'
import type User from '#models/user'
import ActivityLogService from '#services/activity_log_service'
import { isUniqueViolation } from '#services/database_errors'
import { formError } from '#services/form_errors'
import { likePatterns } from '#queries/like_patterns'

/*
| Catalog maintenance: the components with their per-category specs and
| supplier price history, and the six other kinds a quote line can come from.
| Input is what the catalog validators (app/validators/catalog.ts) produce, with
| the price as `priceCents`. Every create / edit / (de)activation / supplier
| price writes an activity_logs row in the same transaction as the change.
| Nothing here touches orders: lines are snapshots, so catalog edits never
| change a quote.
*/

export type CatalogSpecs = Record<string, string | number | boolean>

/** The non-component catalog kinds, named like the order line kinds they become. */
export const CATALOG_ITEM_KINDS = [
  'operating_system',
  'service',
  'warranty',
  'shipping',
  'peripheral',
  'software',
] as const satisfies readonly LineItemKind[]
export type CatalogItemKind = (typeof CATALOG_ITEM_KINDS)[number]

export const CATALOG_ITEM_MODELS = {
  operating_system: OperatingSystem,
  service: Service,
  warranty: Warranty,
  shipping: ShippingMethod,
  peripheral: Peripheral,
  software: Software,
} as const
export type CatalogItemModels = typeof CATALOG_ITEM_MODELS
export type CatalogItem<K extends CatalogItemKind = CatalogItemKind> = InstanceType<
  CatalogItemModels[K]
>

/** `subject_type` of the activity rows (and what the row is called in messages). */
export const CATALOG_SUBJECT_TYPES: Record<LineItemKind, string> = {
  component: 'component',
  operating_system: 'operating_system',
  service: 'service',
  warranty: 'warranty',
  shipping: 'shipping_method',
  peripheral: 'peripheral',
  software: 'software',
}

export type ComponentInput = {
  category: ComponentCategory
  brand: string
  model: string
  sku?: string | null
  priceCents: number
  /** Defaults to true on create; unchanged on update when left out. */
  active?: boolean
  specs: CatalogSpecs
}

type CatalogItemBase = {
  name: string
  description?: string | null
  priceCents: number
  active?: boolean
}

export type CatalogItemInputs = {
  operating_system: CatalogItemBase & { edition?: string | null; licenseType?: string | null }
  service: CatalogItemBase
  warranty: CatalogItemBase & { durationMonths: number }
  shipping: CatalogItemBase & { carrier?: string | null; isPickup?: boolean }
  peripheral: CatalogItemBase & { brand?: string | null; kind?: string | null }
  software: CatalogItemBase & { vendor?: string | null; licenseType?: string | null }
}

/** The kind-specific columns, after the shared name / description / price / active. */
const ITEM_COLUMNS: { [K in CatalogItemKind]: readonly string[] } = {
  operating_system: ['edition', 'licenseType'],
  service: [],
  warranty: ['durationMonths'],
  shipping: ['carrier', 'isPickup'],
  peripheral: ['brand', 'kind'],
  software: ['vendor', 'licenseType'],
}

export type ComponentFilters = {
  category?: ComponentCategory
  /** Exact brand, case-insensitive (the brand filter of the list). */
  brand?: string
  /** Words that must all appear in brand, model or SKU. */
  q?: string
  /** Undefined: active and inactive alike. */
  active?: boolean
  page?: number
  perPage?: number
}

export type CatalogItemFilters = {
  /** Words that must all appear in the name or the description. */
  q?: string
  active?: boolean
  page?: number
  perPage?: number
}

export type SupplierPriceInput = {
  supplier: string
  priceCents: number
  /** When the supplier quoted it; now by default. */
  recordedAt?: DateTime | Date
  /** Also make it the component's current selling price. */
  updateCurrentPrice?: boolean
}

/** A compact catalog row for the quote editor's line picker. */
export type CatalogPick = {
  kind: LineItemKind
  id: number
  name: string
  description: string | null
  category: ComponentCategory | null
  sku: string | null
  priceCents: number
}

export const DEFAULT_PER_PAGE = 25
export const MAX_PER_PAGE = 100

/** The SQL expression component text search looks in (the trigram index is on it). */
export const COMPONENT_SEARCH_SQL = `(brand || ' ' || model || ' ' || coalesce(sku, ''))`
/** The same for the other kinds (name and description). */
export const ITEM_SEARCH_SQL = `(name || ' ' || coalesce(description, ''))`

/** Optional text from a form: blank is "none". */
export function blankToNull(value: string | null | undefined) {
  const trimmed = value?.trim()
  return trimmed ? trimmed : null
}

function perPageOf(perPage?: number) {
  return Math.min(Math.max(perPage ?? DEFAULT_PER_PAGE, 1), MAX_PER_PAGE)
}

/** Stable JSON for comparing before/after values in activity metadata. */
function same(a: unknown, b: unknown) {
  const normalise = (value: unknown): unknown =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value as Record<string, unknown>)
            .sort(([x], [y]) => x.localeCompare(y))
            .map(([key, item]) => [key, normalise(item)])
        )
      : value instanceof DateTime
        ? value.toISO()
        : value
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b))
}

/** `{ field: [before, after] }` for the attributes that the merge changed. */
function changesOf(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  fields: readonly string[]
) {
  const changes: Record<string, [unknown, unknown]> = {}
  for (const field of fields) {
    if (!same(before[field], after[field])) changes[field] = [before[field], after[field]]
  }
  return changes
}

export default class CatalogService {
  constructor(private activity = new ActivityLogService()) {}

  // -------------------------------------------------------------------------
  // Components
  // -------------------------------------------------------------------------

  /** The component list: filters, text search, stable order, pagination. */
  searchComponents(filters: ComponentFilters = {}) {
    const query = Component.query()
    if (filters.category) query.where('category', filters.category)
    if (filters.brand?.trim()) query.whereRaw('lower(brand) = lower(?)', [filters.brand.trim()])
    if (filters.active !== undefined) query.where('active', filters.active)
    for (const pattern of likePatterns(filters.q)) {
      query.whereRaw(`${COMPONENT_SEARCH_SQL} ilike ?`, [pattern])
    }
    return query
      .orderBy('category')
      .orderBy('brand')
      .orderBy('model')
      .orderBy('id')
      .paginate(filters.page ?? 1, perPageOf(filters.perPage))
  }

  /** Brands in the catalog (of one category), for the brand filter. */
  async brands(category?: ComponentCategory) {
    const query = db.from('components').distinct('brand').orderBy('brand')
    if (category) query.where('category', category)
    const rows: { brand: string }[] = await query
    return rows.map((row) => row.brand)
  }

  async createComponent(input: ComponentInput, actor: User | null) {
    assertNonNegativeCents(input.priceCents, 'price')
    return db.transaction(async (trx) => {
      const component = new Component()
      component.useTransaction(trx)
      component.merge({ ...this.#componentAttributes(input), active: input.active ?? true })
      await this.#saveComponent(component)
      await this.activity.record(
        {
          actor,
          action: 'catalog.component.created',
          subject: { type: CATALOG_SUBJECT_TYPES.component, id: component.id },
          metadata: {
            category: component.category,
            name: component.displayName,
            priceCents: component.priceCents,
          },
        },
        trx
      )
      return component
    })
  }

  /** Full edit (the form sends every field); `active` left out keeps the current flag. */
  async updateComponent(component: Component, input: ComponentInput, actor: User | null) {
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
        {
          actor,
          action: 'catalog.component.updated',
          subject: { type: CATALOG_SUBJECT_TYPES.component, id: locked.id },
          metadata: { name: locked.displayName, changes },
        },
        trx
      )
      return locked
    })
    await component.refresh()
    return updated
  }

  /** Hides the component from new quotes (existing quotes keep their snapshot). */
  deactivateComponent(component: Component, actor: User | null) {
    return this.setComponentActive(component, false, actor)
  }

  activateComponent(component: Component, actor: User | null) {
    return this.setComponentActive(component, true, actor)
  }

  async setComponentActive(component: Component, active: boolean, actor: User | null) {
    await db.transaction(async (trx) => {
      const locked = await Component.query({ client: trx })
        .where('id', component.id)
        .forUpdate()
        .firstOrFail()
      if (locked.active === active) return
      locked.active = active
      await locked.save()
      await this.activity.record(
        {
          actor,
          action: active ? 'catalog.component.activated' : 'catalog.component.deactivated',
          subject: { type: CATALOG_SUBJECT_TYPES.component, id: locked.id },
          metadata: { name: locked.displayName },
        },
        trx
      )
    })
    await component.refresh()
    return component
  }

  /**
   * Records what a supplier charges. Adds a price history row and, with
   * `updateCurrentPrice`, makes it the component's selling price, both in one
   * transaction holding a lock on the component.
   */
  async recordSupplierPrice(
    component: Component,
    input: SupplierPriceInput,
    actor: User | null = null
  ) {
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
        {
          actor,
          action: 'catalog.component.supplier_price_recorded',
          subject: { type: CATALOG_SUBJECT_TYPES.component, id: locked.id },
          metadata: {
            name: locked.displayName,
            supplier,
            supplierPriceCents: input.priceCents,
            recordedAt: recordedAt.toISO(),
            priceUpdated,
            ...(priceUpdated
              ? { changes: { priceCents: [previousPriceCents, input.priceCents] } }
              : {}),
          },
        },
        trx
      )
      return { history, component: locked, priceUpdated }
    })
    if (result.priceUpdated) await component.refresh()
    return result
  }

  /** Price history of a component, newest first. */
  priceHistory(
    component: Component | number,
    options: { supplier?: string; page?: number; perPage?: number } = {}
  ) {
    const query = ComponentPriceHistory.query().where(
      'componentId',
      typeof component === 'number' ? component : component.id
    )
    if (options.supplier) query.where('supplier', options.supplier)
    return query
      .orderBy('recordedAt', 'desc')
      .orderBy('id', 'desc')
      .paginate(options.page ?? 1, perPageOf(options.perPage))
  }

  /** The latest price of each supplier for a component, cheapest first. */
  async latestSupplierPrices(component: Component | number) {
    const componentId = typeof component === 'number' ? component : component.id
    const latest = db
      .from('component_price_histories')
      .distinctOn('supplier')
      .select('id')
      .where('component_id', componentId)
      .orderBy('supplier')
      .orderBy('recorded_at', 'desc')
      .orderBy('id', 'desc')
    return ComponentPriceHistory.query()
      .whereIn('id', latest)
      .orderBy('priceCents')
      .orderBy('supplier')
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

  // -------------------------------------------------------------------------
  // Operating systems, services, warranties, shipping, peripherals, software
  // -------------------------------------------------------------------------

  modelFor<K extends CatalogItemKind>(kind: K): CatalogItemModels[K] {
    const model = CATALOG_ITEM_MODELS[kind]
    if (!model) throw new TypeError(`Unknown catalog kind "${kind}"`)
    return model
  }

  /** One row of a kind, or a 404 (E_ROW_NOT_FOUND). */
  async findItem<K extends CatalogItemKind>(kind: K, id: number): Promise<CatalogItem<K>> {
    return (await this.#itemModel(kind).findOrFail(id)) as unknown as CatalogItem<K>
  }

  searchItems<K extends CatalogItemKind>(kind: K, filters: CatalogItemFilters = {}) {
    const query = this.#itemModel(kind).query()
    if (filters.active !== undefined) query.where('active', filters.active)
    for (const pattern of likePatterns(filters.q)) {
      query.whereRaw(`${ITEM_SEARCH_SQL} ilike ?`, [pattern])
    }
    return query
      .orderBy('name')
      .orderBy('id')
      .paginate(filters.page ?? 1, perPageOf(filters.perPage))
  }

  async createItem<K extends CatalogItemKind>(
    kind: K,
    input: CatalogItemInputs[K],
    actor: User | null
  ): Promise<CatalogItem<K>> {
    assertNonNegativeCents(input.priceCents, 'price')
    return db.transaction(async (trx) => {
      const Model = this.#itemModel(kind)
      const item = new Model()
      item.useTransaction(trx)
      item.merge({ ...this.#itemAttributes(kind, input), active: input.active ?? true })
      await item.save()
      await this.activity.record(
        {
          actor,
          action: `catalog.${kind}.created`,
          subject: { type: CATALOG_SUBJECT_TYPES[kind], id: item.id },
          metadata: { name: item.name, priceCents: item.priceCents },
        },
        trx
      )
      return item as unknown as CatalogItem<K>
    })
  }

  /** Full edit (the form sends every field); `active` left out keeps the current flag. */
  async updateItem<K extends CatalogItemKind>(
    kind: K,
    item: CatalogItem<K>,
    input: CatalogItemInputs[K],
    actor: User | null
  ): Promise<CatalogItem<K>> {
    assertNonNegativeCents(input.priceCents, 'price')
    const updated = await db.transaction(async (trx) => {
      const locked = await this.#itemModel(kind)
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
        {
          actor,
          action: `catalog.${kind}.updated`,
          subject: { type: CATALOG_SUBJECT_TYPES[kind], id: locked.id },
          metadata: { name: locked.name, changes },
        },
        trx
      )
      return locked
    })
    await item.refresh()
    return updated as unknown as CatalogItem<K>
  }

  deactivateItem<K extends CatalogItemKind>(kind: K, item: CatalogItem<K>, actor: User | null) {
    return this.setItemActive(kind, item, false, actor)
  }

  activateItem<K extends CatalogItemKind>(kind: K, item: CatalogItem<K>, actor: User | null) {
    return this.setItemActive(kind, item, true, actor)
  }

  async setItemActive<K extends CatalogItemKind>(
    kind: K,
    item: CatalogItem<K>,
    active: boolean,
    actor: User | null
  ) {
    await db.transaction(async (trx) => {
      const locked = await this.#itemModel(kind)
        .query({ client: trx })
        .where('id', item.id)
        .forUpdate()
        .firstOrFail()
      if (locked.active === active) return
      locked.active = active
      await locked.save()
      await this.activity.record(
        {
          actor,
          action: `catalog.${kind}.${active ? 'activated' : 'deactivated'}`,
          subject: { type: CATALOG_SUBJECT_TYPES[kind], id: locked.id },
          metadata: { name: locked.name },
        },
        trx
      )
    })
    await item.refresh()
    return item
  }

  // -------------------------------------------------------------------------
  // Quote editor
  // -------------------------------------------------------------------------

  /**
   * Active rows of one kind matching the search words, for the line picker
   * (components also by category). At most `limit` rows, one query.
   */
  async searchForQuote(
    kind: LineItemKind,
    q?: string,
    options: { category?: ComponentCategory; limit?: number } = {}
  ): Promise<CatalogPick[]> {
    const limit = Math.min(Math.max(options.limit ?? 20, 1), MAX_PER_PAGE)
    if (kind === 'component') {
      const query = Component.query().where('active', true)
      if (options.category) query.where('category', options.category)
      for (const pattern of likePatterns(q)) {
        query.whereRaw(`${COMPONENT_SEARCH_SQL} ilike ?`, [pattern])
      }
      const rows = await query.orderBy('brand').orderBy('model').orderBy('id').limit(limit)
      return rows.map((row) => ({
        kind,
        id: row.id,
        name: row.displayName,
        description: null,
        category: row.category,
        sku: row.sku,
        priceCents: row.priceCents,
      }))
    }
    const query = this.#itemModel(kind).query().where('active', true)
    for (const pattern of likePatterns(q)) {
      query.whereRaw(`${ITEM_SEARCH_SQL} ilike ?`, [pattern])
    }
    const rows = await query.orderBy('name').orderBy('id').limit(limit)
    return rows.map((row) => ({
      kind,
      id: row.id,
      name: row.name,
      description: row.description,
      category: null,
      sku: null,
      priceCents: row.priceCents,
    }))
  }

  /**
   * The six item models share name / description / price / active; typed as
   * one of them so generic code can query any kind.
   */
  #itemModel(kind: CatalogItemKind) {
    return this.modelFor(kind) as unknown as typeof Service
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
