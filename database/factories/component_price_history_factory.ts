import factory from '@adonisjs/lucid/factories'
import { DateTime } from 'luxon'
import ComponentPriceHistory from '#models/component_price_history'
import { SUPPLIERS } from '#database/factories/catalog_data'
import { ComponentFactory } from '#database/factories/component_factory'

export const ComponentPriceHistoryFactory = factory
  .define(ComponentPriceHistory, ({ faker }) => ({
    supplier: faker.helpers.arrayElement(SUPPLIERS),
    priceCents: faker.number.int({ min: 1000, max: 150_000 }),
    recordedAt: DateTime.now().minus({ days: faker.number.int({ min: 0, max: 180 }) }),
  }))
  .relation('component', () => ComponentFactory)
  .build()
