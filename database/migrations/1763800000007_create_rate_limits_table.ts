import { BaseSchema } from '@adonisjs/lucid/schema'

/*
| Rate-limit counters of @adonisjs/limiter's database store: shared by every
| app instance, unlike an in-memory store.
*/
export default class extends BaseSchema {
  protected tableName = 'rate_limits'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.string('key', 255).notNullable().primary()
      table.integer('points', 9).notNullable().defaultTo(0)
      table.bigint('expire').unsigned()
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
