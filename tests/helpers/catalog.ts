/*
| The catalog use cases and reads as the tests drive them: one object over
| the services the app injects (components, other kinds, supplier prices) and
| the catalog query, built by the container the same way.
*/
import type Component from '#models/component'
import type User from '#models/user'
import CatalogQuery from '#queries/catalog_query'
import CatalogItemService from '#services/catalog_item_service'
import type { CatalogItem, CatalogItemKind } from '#services/catalog_item_models'
import ComponentCatalogService from '#services/component_catalog_service'
import SupplierPriceService, { type SupplierPriceInput } from '#services/supplier_price_service'
import { makeAll } from '#tests/helpers/container'

export async function catalogUseCases() {
  const [components, items, prices, query] = await makeAll(
    ComponentCatalogService,
    CatalogItemService,
    SupplierPriceService,
    CatalogQuery
  )
  return {
    createComponent: components.create.bind(components),
    updateComponent: components.update.bind(components),
    deactivateComponent: (component: Component, actor: User | null) =>
      components.setActive(component, false, actor),
    activateComponent: (component: Component, actor: User | null) =>
      components.setActive(component, true, actor),
    recordSupplierPrice: (
      component: Component,
      input: SupplierPriceInput,
      actor: User | null = null
    ) => prices.record(component, input, actor),
    createItem: items.create.bind(items),
    updateItem: items.update.bind(items),
    deactivateItem: <K extends CatalogItemKind>(
      kind: K,
      item: CatalogItem<K>,
      actor: User | null
    ) => items.setActive(kind, item, false, actor),
    searchComponents: query.searchComponents.bind(query),
    brands: query.brands.bind(query),
    priceHistory: query.priceHistory.bind(query),
    latestSupplierPrices: query.latestSupplierPrices.bind(query),
    searchItems: query.searchItems.bind(query),
    findItem: query.findItem.bind(query),
    searchForQuote: query.searchForQuote.bind(query),
  }
}
