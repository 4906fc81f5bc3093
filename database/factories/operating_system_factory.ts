import OperatingSystem from '#models/operating_system'
import { OPERATING_SYSTEMS } from '#database/factories/catalog_data'
import { catalogItemFactory } from '#database/factories/catalog_item_factory'

export const OperatingSystemFactory = catalogItemFactory(OperatingSystem, OPERATING_SYSTEMS)
