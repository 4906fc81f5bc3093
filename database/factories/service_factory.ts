import Service from '#models/service'
import { SERVICES } from '#database/factories/catalog_data'
import { catalogItemFactory } from '#database/factories/catalog_item_factory'

export const ServiceFactory = catalogItemFactory(Service, SERVICES)
