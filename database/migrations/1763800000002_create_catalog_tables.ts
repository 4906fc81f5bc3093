import { BaseSchema } from '@adonisjs/lucid/schema'
import type { Knex } from 'knex'
import { COMPONENT_CATEGORIES } from '#domain/statuses'
import { checkIn, dropTables, nonNegative } from '#database/sql_helpers'

/*
| The catalog staff maintain. Every kind shares name / description / price /
| active; the columns after that are what is particular to the kind.
*/
function catalogColumns(table: Knex.CreateTableBuilder) {
  table.increments('id')
  table.string('name', 200).notNullable()
  table.text('description').nullable()
  table.integer('price_cents').notNullable()
  table.boolean('active').notNullable().defaultTo(true)
  table.timestamp('created_at', { useTz: true }).notNullable()
  table.timestamp('updated_at', { useTz: true }).notNullable()
  table.check(nonNegative('price_cents'))
  table.index(['active'])
}

export default class extends BaseSchema {
  async up() {
    this.schema.createTable('components', (table) => {
      table.increments('id')
      table.string('category', 20).notNullable()
      table.string('brand', 100).notNullable()
      table.string('model', 200).notNullable()
      table.string('sku', 100).nullable().unique()
      // Category-specific facts (socket, TDP, VRAM, capacity, wattage, form factor…),
      // validated per category by the catalog validators.
      table.jsonb('specs').notNullable().defaultTo('{}')
      table.integer('price_cents').notNullable()
      table.boolean('active').notNullable().defaultTo(true)
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.check(checkIn('category', COMPONENT_CATEGORIES))
      table.check(nonNegative('price_cents'))
      table.index(['category', 'active'])
      table.index(['brand'])
    })

    this.schema.createTable('component_price_histories', (table) => {
      table.increments('id')
      table.integer('component_id').notNullable().references('components.id').onDelete('CASCADE')
      table.string('supplier', 120).notNullable()
      table.integer('price_cents').notNullable()
      table.timestamp('recorded_at', { useTz: true }).notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.check(nonNegative('price_cents'))
      table.index(['component_id', 'recorded_at'])
    })

    this.schema.createTable('operating_systems', (table) => {
      catalogColumns(table)
      table.string('edition', 100).nullable()
      table.string('license_type', 50).nullable()
    })

    this.schema.createTable('services', (table) => {
      catalogColumns(table)
    })

    this.schema.createTable('warranties', (table) => {
      catalogColumns(table)
      table.integer('duration_months').notNullable()
      table.check('duration_months > 0')
    })

    this.schema.createTable('shipping_methods', (table) => {
      catalogColumns(table)
      table.string('carrier', 100).nullable()
      // In-store pickup: fulfilment may go ready → completed without shipping.
      table.boolean('is_pickup').notNullable().defaultTo(false)
    })

    this.schema.createTable('peripherals', (table) => {
      catalogColumns(table)
      table.string('brand', 100).nullable()
      table.string('kind', 50).nullable()
    })

    this.schema.createTable('software', (table) => {
      catalogColumns(table)
      table.string('vendor', 100).nullable()
      table.string('license_type', 50).nullable()
    })
  }

  async down() {
    dropTables(this.schema, [
      'software',
      'peripherals',
      'shipping_methods',
      'warranties',
      'services',
      'operating_systems',
      'component_price_histories',
      'components',
    ])
  }
}
