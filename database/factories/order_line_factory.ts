import factory from '@adonisjs/lucid/factories'
import type { FactoryContextContract } from '@adonisjs/lucid/types/factory'
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
    line.merge({
      kind: 'operating_system',
      category: null,
      name: os.name,
      sku: null,
      specs: { edition: os.edition, licenseType: os.licenseType },
      unitPriceCents: os.priceCents,
    })
  })
  .state('service', (line, { faker }) => {
    const service = faker.helpers.arrayElement(active(SERVICES))
    line.merge({
      kind: 'service',
      category: null,
      name: service.name,
      description: service.description,
      sku: null,
      specs: {},
      unitPriceCents: service.priceCents,
    })
  })
  .state('warranty', (line, { faker }) => {
    const warranty = faker.helpers.arrayElement(active(WARRANTIES))
    line.merge({
      kind: 'warranty',
      category: null,
      name: warranty.name,
      sku: null,
      specs: { durationMonths: warranty.durationMonths },
      unitPriceCents: warranty.priceCents,
      warrantyMonths: warranty.durationMonths,
    })
  })
  .state('shipping', (line, { faker }) => {
    const method = faker.helpers.arrayElement(
      active(SHIPPING_METHODS).filter((row) => !row.isPickup)
    )
    line.merge({
      kind: 'shipping',
      category: null,
      name: method.name,
      sku: null,
      specs: { carrier: method.carrier ?? '' },
      unitPriceCents: method.priceCents,
      isPickup: false,
    })
  })
  .state('pickup', (line) => {
    const pickup = SHIPPING_METHODS.find((row) => row.isPickup)!
    line.merge({
      kind: 'shipping',
      category: null,
      name: pickup.name,
      sku: null,
      specs: {},
      unitPriceCents: pickup.priceCents,
      isPickup: true,
    })
  })
  .state('peripheral', (line, { faker }) => {
    const peripheral = faker.helpers.arrayElement(active(PERIPHERALS))
    line.merge({
      kind: 'peripheral',
      category: null,
      name: peripheral.name,
      sku: null,
      specs: { brand: peripheral.brand, kind: peripheral.kind },
      unitPriceCents: peripheral.priceCents,
    })
  })
  .state('software', (line, { faker }) => {
    const software = faker.helpers.arrayElement(active(SOFTWARE))
    line.merge({
      kind: 'software',
      category: null,
      name: software.name,
      sku: null,
      specs: { vendor: software.vendor, licenseType: software.licenseType },
      unitPriceCents: software.priceCents,
    })
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
