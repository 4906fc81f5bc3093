import { ShippingMethodSchema } from '#database/schema'
import { scope } from '@adonisjs/lucid/orm'

/** A delivery method; `isPickup` marks in-store pickup. */
export default class ShippingMethod extends ShippingMethodSchema {
  static active = scope((query) => {
    query.where('active', true)
  })
}
