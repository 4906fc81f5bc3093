import { BaseSchema } from '@adonisjs/lucid/schema'
import { INTAKE_MESSAGE_MAX_LENGTH, INTAKE_USE_CASES } from '#domain/intake'
import { LOCALES } from '#domain/statuses'
import { checkIn, nonNegative } from '#database/sql_helpers'

/*
| Requests sent through /contact (SPEC §12): what a visitor needs, kept until
| staff turn it into a draft quote (order_id then points at that draft).
*/
export default class extends BaseSchema {
  protected tableName = 'intake_requests'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.string('name', 200).notNullable()
      table.string('email', 254).notNullable()
      table.string('phone', 40).nullable()
      table.string('use_case', 20).notNullable()
      table.integer('budget_cents').nullable()
      table.text('message').notNullable()
      // The visitor's language: the draft quote (and its emails) are written in it.
      table.string('locale', 2).notNullable().defaultTo('el')
      table.integer('order_id').nullable().unique().references('orders.id').onDelete('SET NULL')
      table.timestamp('converted_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.check(checkIn('use_case', INTAKE_USE_CASES))
      table.check(checkIn('locale', LOCALES))
      table.check(nonNegative('budget_cents'))
      table.check(`char_length(message) <= ${INTAKE_MESSAGE_MAX_LENGTH}`)
      table.index(['created_at'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
