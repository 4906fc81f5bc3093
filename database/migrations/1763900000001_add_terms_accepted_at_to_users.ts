import { BaseSchema } from '@adonisjs/lucid/schema'

/*
| When a customer accepted the terms of use at registration: the record that
| consent was given (staff accounts, created from the CLI, have none).
*/
export default class extends BaseSchema {
  protected tableName = 'users'

  async up() {
    this.schema.alterTable(this.tableName, (table) => {
      table.timestamp('terms_accepted_at', { useTz: true }).nullable()
    })
  }

  async down() {
    this.schema.alterTable(this.tableName, (table) => {
      table.dropColumn('terms_accepted_at')
    })
  }
}
