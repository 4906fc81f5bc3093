import { OperatingSystemSchema } from '#database/schema'
import { scope } from '@adonisjs/lucid/orm'

/** An operating system licence offered with builds. */
export default class OperatingSystem extends OperatingSystemSchema {
  static active = scope((query) => {
    query.where('active', true)
  })
}
