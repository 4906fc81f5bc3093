import { ServiceSchema } from '#database/schema'
import { scope } from '@adonisjs/lucid/orm'

/** A workshop service (assembly, OS install, cable management, …). */
export default class Service extends ServiceSchema {
  static active = scope((query) => {
    query.where('active', true)
  })
}
