import factory from '@adonisjs/lucid/factories'
import Software from '#models/software'
import { SOFTWARE } from '#database/factories/catalog_data'

export const SoftwareFactory = factory
  .define(Software, ({ faker }) => {
    const software = faker.helpers.arrayElement(SOFTWARE.filter((row) => row.active !== false))
    return {
      name: software.name,
      vendor: software.vendor,
      licenseType: software.licenseType,
      description: null,
      priceCents: software.priceCents,
      active: true,
    }
  })
  .state('inactive', (row) => {
    row.active = false
  })
  .build()
