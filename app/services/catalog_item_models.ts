import { type ComponentCategory, LINE_ITEM_KINDS, type LineItemKind } from '#domain/statuses'
import OperatingSystem from '#models/operating_system'
import Peripheral from '#models/peripheral'
import Service from '#models/service'
import ShippingMethod from '#models/shipping_method'
import Software from '#models/software'
import Warranty from '#models/warranty'

/*
| The catalog's kinds as models: the components (their own model, with specs
| and supplier prices) and the six other kinds a quote line can come from,
| which share name / description / price / active. Input types are what the
| catalog validators (app/validators/catalog.ts) produce, with the price as
| `priceCents`.
*/

export type CatalogSpecs = Record<string, string | number | boolean>

/** The non-component catalog kinds, named like the order line kinds they become. */
export type CatalogItemKind = Exclude<LineItemKind, 'component'>
export const CATALOG_ITEM_KINDS = LINE_ITEM_KINDS.filter(
  (kind): kind is CatalogItemKind => kind !== 'component'
)

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
export const ITEM_COLUMNS: { [K in CatalogItemKind]: readonly string[] } = {
  operating_system: ['edition', 'licenseType'],
  service: [],
  warranty: ['durationMonths'],
  shipping: ['carrier', 'isPickup'],
  peripheral: ['brand', 'kind'],
  software: ['vendor', 'licenseType'],
}

/**
 * The six item models share name / description / price / active; typed as
 * one of them so generic code can query any kind.
 */
export function catalogItemModel(kind: CatalogItemKind) {
  return CATALOG_ITEM_MODELS[kind] as unknown as typeof Service
}

/** The SQL expression component text search looks in (the trigram index is on it). */
export const COMPONENT_SEARCH_SQL = `(brand || ' ' || model || ' ' || coalesce(sku, ''))`
/** The same for the other kinds (name and description). */
export const ITEM_SEARCH_SQL = `(name || ' ' || coalesce(description, ''))`
