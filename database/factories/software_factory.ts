import Software from '#models/software'
import { SOFTWARE } from '#database/factories/catalog_data'
import { catalogItemFactory } from '#database/factories/catalog_item_factory'

export const SoftwareFactory = catalogItemFactory(Software, SOFTWARE)
