import { BaseSchema } from '@adonisjs/lucid/schema'

/*
| Sessions live in PostgreSQL (session database store): logging out deletes the
| row, so a copied cookie stops working, and every app instance sees the same
| sessions.
*/
export default class extends BaseSchema {
  protected tableName = 'sessions'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.string('id').primary()
      table.text('data').notNullable()
      table.string('user_id').nullable().index()
      table.timestamp('expires_at', { useTz: true }).notNullable().index()
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
