import factory from '@adonisjs/lucid/factories'
import Service from '#models/service'
import { SERVICES } from '#database/factories/catalog_data'

export const ServiceFactory = factory
  .define(Service, ({ faker }) => {
    const service = faker.helpers.arrayElement(SERVICES.filter((row) => row.active !== false))
    return {
      name: service.name,
      description: service.description,
      priceCents: service.priceCents,
      active: true,
    }
  })
  .state('inactive', (row) => {
    row.active = false
  })
  .build()
