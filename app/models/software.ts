import { SoftwareSchema } from '#database/schema'
import { scope } from '@adonisjs/lucid/orm'

/** A software licence sold with a build. */
export default class Software extends SoftwareSchema {
  static active = scope((query) => {
    query.where('active', true)
  })
}
