import factory from '@adonisjs/lucid/factories'
import ShippingMethod from '#models/shipping_method'
import { SHIPPING_METHODS } from '#database/factories/catalog_data'

const couriers = SHIPPING_METHODS.filter((row) => !row.isPickup && row.active !== false)
const pickup = SHIPPING_METHODS.find((row) => row.isPickup)!

/** A courier by default; apply('pickup') for in-store pickup. */
export const ShippingMethodFactory = factory
  .define(ShippingMethod, ({ faker }) => {
    const method = faker.helpers.arrayElement(couriers)
    return {
      name: method.name,
      carrier: method.carrier,
      description: method.description,
      priceCents: method.priceCents,
      isPickup: false,
      active: true,
    }
  })
  .state('pickup', (row) => {
    row.merge({
      name: pickup.name,
      carrier: null,
      description: pickup.description,
      priceCents: pickup.priceCents,
      isPickup: true,
    })
  })
  .state('inactive', (row) => {
    row.active = false
  })
  .build()
