import Warranty from '#models/warranty'
import { WARRANTIES } from '#database/factories/catalog_data'
import { catalogItemFactory } from '#database/factories/catalog_item_factory'

export const WarrantyFactory = catalogItemFactory(Warranty, WARRANTIES)
