import factory from '@adonisjs/lucid/factories'
import OperatingSystem from '#models/operating_system'
import { OPERATING_SYSTEMS } from '#database/factories/catalog_data'

export const OperatingSystemFactory = factory
  .define(OperatingSystem, ({ faker }) => {
    const os = faker.helpers.arrayElement(OPERATING_SYSTEMS.filter((row) => row.active !== false))
    return {
      name: os.name,
      edition: os.edition,
      licenseType: os.licenseType,
      description: os.description,
      priceCents: os.priceCents,
      active: true,
    }
  })
  .state('inactive', (row) => {
    row.active = false
  })
  .build()
