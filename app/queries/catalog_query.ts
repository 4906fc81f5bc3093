import db from '@adonisjs/lucid/services/db'
import type { ComponentCategory, LineItemKind } from '#domain/statuses'
import Component from '#models/component'
import ComponentPriceHistory from '#models/component_price_history'
import { likePatterns } from '#queries/like_patterns'
import {
  catalogItemModel,
  COMPONENT_SEARCH_SQL,
  ITEM_SEARCH_SQL,
  type CatalogItem,
  type CatalogItemKind,
} from '#services/catalog_item_models'

/*
| Reading the catalog: the staff lists (filters, text search, pages), a
| component's supplier prices, and the quote editor's line picker.
*/

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

const DEFAULT_PER_PAGE = 25
const MAX_PER_PAGE = 100

function perPageOf(perPage?: number) {
  return Math.min(Math.max(perPage ?? DEFAULT_PER_PAGE, 1), MAX_PER_PAGE)
}

export default class CatalogQuery {
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

  /** One row of a kind, or a 404 (E_ROW_NOT_FOUND). */
  async findItem<K extends CatalogItemKind>(kind: K, id: number): Promise<CatalogItem<K>> {
    return (await catalogItemModel(kind).findOrFail(id)) as unknown as CatalogItem<K>
  }

  searchItems<K extends CatalogItemKind>(kind: K, filters: CatalogItemFilters = {}) {
    const query = catalogItemModel(kind).query()
    if (filters.active !== undefined) query.where('active', filters.active)
    for (const pattern of likePatterns(filters.q)) {
      query.whereRaw(`${ITEM_SEARCH_SQL} ilike ?`, [pattern])
    }
    return query
      .orderBy('name')
      .orderBy('id')
      .paginate(filters.page ?? 1, perPageOf(filters.perPage))
  }

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
    const query = catalogItemModel(kind).query().where('active', true)
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
}
