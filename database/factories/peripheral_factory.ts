import factory from '@adonisjs/lucid/factories'
import Peripheral from '#models/peripheral'
import { PERIPHERALS } from '#database/factories/catalog_data'

export const PeripheralFactory = factory
  .define(Peripheral, ({ faker }) => {
    const peripheral = faker.helpers.arrayElement(PERIPHERALS.filter((row) => row.active !== false))
    return {
      name: peripheral.name,
      brand: peripheral.brand,
      kind: peripheral.kind,
      description: null,
      priceCents: peripheral.priceCents,
      active: true,
    }
  })
  .state('inactive', (row) => {
    row.active = false
  })
  .build()
