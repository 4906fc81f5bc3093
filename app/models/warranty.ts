import { WarrantySchema } from '#database/schema'
import { scope } from '@adonisjs/lucid/orm'

/** An extended warranty plan; its duration drives warranty reminders. */
export default class Warranty extends WarrantySchema {
  static active = scope((query) => {
    query.where('active', true)
  })
}
