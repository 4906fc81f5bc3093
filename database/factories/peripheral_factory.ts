import Peripheral from '#models/peripheral'
import { PERIPHERALS } from '#database/factories/catalog_data'
import { catalogItemFactory } from '#database/factories/catalog_item_factory'

export const PeripheralFactory = catalogItemFactory(Peripheral, PERIPHERALS)
