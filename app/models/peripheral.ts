import { PeripheralSchema } from '#database/schema'
import { scope } from '@adonisjs/lucid/orm'

/** A peripheral sold with a build (monitor, keyboard, …). */
export default class Peripheral extends PeripheralSchema {
  static active = scope((query) => {
    query.where('active', true)
  })
}
