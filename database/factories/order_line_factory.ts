import factory from '@adonisjs/lucid/factories'
import type { FactoryContextContract } from '@adonisjs/lucid/types/factory'
import type { LineItemKind } from '#domain/statuses'
import OrderLine from '#models/order_line'
import {
  COMPONENTS,
  OPERATING_SYSTEMS,
  PERIPHERALS,
  SERVICES,
  SHIPPING_METHODS,
  SOFTWARE,
  WARRANTIES,
} from '#database/factories/catalog_data'
import { OrderFactory } from '#database/factories/order_factory'

type Faker = FactoryContextContract['faker']

const active = <T extends { active?: boolean }>(rows: T[]) =>
  rows.filter((row) => row.active !== false)

function componentLine(faker: Faker) {
  const part = faker.helpers.arrayElement(active(COMPONENTS))
  return {
    kind: 'component' as const,
    category: part.category,
    name: `${part.brand} ${part.model}`,
    sku: part.sku,
    specs: { ...part.specs },
    unitPriceCents: part.priceCents,
    warrantyMonths: null,
    isPickup: false,
  }
}

/**
 * A line of one of the six non-component kinds: no category nor SKU, the
 * catalog row's name and price, and the specs its kind snapshots.
 */
function itemLine(
  kind: Exclude<LineItemKind, 'component'>,
  row: { name: string; priceCents: number },
  specs: Record<string, string | number> = {}
) {
  return { kind, category: null, sku: null, name: row.name, specs, unitPriceCents: row.priceCents }
}

/*
| One snapshot line (see the order_lines migration). A component by default;
| one state per other kind, each copied from the demo catalog data. Create it
| through OrderFactory.with('lines'), .with('order'), or merge an orderId.
*/
export const OrderLineFactory = factory
  .define(OrderLine, ({ faker }) => ({
    ...componentLine(faker),
    position: 0,
    sourceId: null,
    description: null,
    catalogPriceCents: null,
    priceOverrideReason: null,
    vatRateBp: 2400,
    quantity: 1,
  }))
  .state('operatingSystem', (line, { faker }) => {
    const os = faker.helpers.arrayElement(active(OPERATING_SYSTEMS))
    line.merge(
      itemLine('operating_system', os, { edition: os.edition, licenseType: os.licenseType })
    )
  })
  .state('service', (line, { faker }) => {
    const service = faker.helpers.arrayElement(active(SERVICES))
    line.merge({ ...itemLine('service', service), description: service.description })
  })
  .state('warranty', (line, { faker }) => {
    const warranty = faker.helpers.arrayElement(active(WARRANTIES))
    line.merge({
      ...itemLine('warranty', warranty, { durationMonths: warranty.durationMonths }),
      warrantyMonths: warranty.durationMonths,
    })
  })
  .state('shipping', (line, { faker }) => {
    const method = faker.helpers.arrayElement(
      active(SHIPPING_METHODS).filter((row) => !row.isPickup)
    )
    line.merge({
      ...itemLine('shipping', method, { carrier: method.carrier ?? '' }),
      isPickup: false,
    })
  })
  .state('pickup', (line) => {
    const pickup = SHIPPING_METHODS.find((row) => row.isPickup)!
    line.merge({ ...itemLine('shipping', pickup), isPickup: true })
  })
  .state('peripheral', (line, { faker }) => {
    const peripheral = faker.helpers.arrayElement(active(PERIPHERALS))
    line.merge(
      itemLine('peripheral', peripheral, { brand: peripheral.brand, kind: peripheral.kind })
    )
  })
  .state('software', (line, { faker }) => {
    const software = faker.helpers.arrayElement(active(SOFTWARE))
    line.merge(
      itemLine('software', software, { vendor: software.vendor, licenseType: software.licenseType })
    )
  })
  /** Staff lowered the catalog price, with the reason the override requires. */
  .state('discounted', (line) => {
    line.catalogPriceCents = line.unitPriceCents
    // 90 %, rounded down to whole euros, in integer arithmetic.
    line.unitPriceCents = Math.floor((line.unitPriceCents * 9) / 1000) * 100
    line.priceOverrideReason = 'Έκπτωση 10% για επαναλαμβανόμενο πελάτη'
  })
  .relation('order', () => OrderFactory)
  .build()
