import { BaseSchema } from '@adonisjs/lucid/schema'
import { LOCALES } from '#domain/statuses'
import { checkIn } from '#database/sql_helpers'

/*
| The language the customer speaks, taken at intake: the quote email and the
| status emails of an order with no account yet are written in it (an
| account's own language wins once the order is claimed).
*/
export default class extends BaseSchema {
  protected tableName = 'orders'

  async up() {
    this.schema.alterTable(this.tableName, (table) => {
      table.string('intake_locale', 2).notNullable().defaultTo('el')
      table.check(checkIn('intake_locale', LOCALES), [], 'orders_intake_locale_check')
    })
  }

  async down() {
    this.schema.alterTable(this.tableName, (table) => {
      table.dropChecks(['orders_intake_locale_check'])
      table.dropColumn('intake_locale')
    })
  }
}
