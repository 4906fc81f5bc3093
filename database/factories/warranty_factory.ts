import factory from '@adonisjs/lucid/factories'
import Warranty from '#models/warranty'
import { WARRANTIES } from '#database/factories/catalog_data'

export const WarrantyFactory = factory
  .define(Warranty, ({ faker }) => {
    const warranty = faker.helpers.arrayElement(WARRANTIES.filter((row) => row.active !== false))
    return {
      name: warranty.name,
      description: warranty.description,
      durationMonths: warranty.durationMonths,
      priceCents: warranty.priceCents,
      active: true,
    }
  })
  .state('inactive', (row) => {
    row.active = false
  })
  .build()
