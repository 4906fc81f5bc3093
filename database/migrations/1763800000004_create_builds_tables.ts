import { BaseSchema } from '@adonisjs/lucid/schema'
import { BUILD_STATUSES, TIMELINE_STEP_STATUSES } from '#domain/statuses'
import { checkIn, dropTables, nonNegative } from '#database/sql_helpers'

export default class extends BaseSchema {
  async up() {
    this.schema.createTable('builds', (table) => {
      table.increments('id')
      table.integer('order_id').notNullable().unique().references('orders.id').onDelete('CASCADE')
      table.string('status', 20).notNullable().defaultTo('pending')
      table.integer('assigned_to_id').nullable().references('users.id').onDelete('SET NULL')
      table.timestamp('started_at', { useTz: true }).nullable()
      table.timestamp('completed_at', { useTz: true }).nullable()

      // QA form. Temperatures in °C with one decimal; null until measured.
      table.boolean('post_passed').nullable()
      table.boolean('memory_test_passed').nullable()
      table.boolean('storage_test_passed').nullable()
      table.integer('stress_test_minutes').nullable()
      table.decimal('cpu_idle_temp_c', 4, 1).nullable()
      table.decimal('cpu_load_temp_c', 4, 1).nullable()
      table.decimal('gpu_idle_temp_c', 4, 1).nullable()
      table.decimal('gpu_load_temp_c', 4, 1).nullable()
      table.text('noise_notes').nullable()
      table.boolean('cable_management_ok').nullable()
      table.string('bios_version', 60).nullable()
      table.boolean('drivers_installed').nullable()
      table.boolean('os_activated').nullable()
      table.text('qa_notes').nullable()
      table.integer('qa_signed_off_by_id').nullable().references('users.id').onDelete('SET NULL')
      table.timestamp('qa_signed_off_at', { useTz: true }).nullable()

      // Booklet tracking (the PDFs themselves are attachments of kind 'booklet').
      table.timestamp('quick_start_generated_at', { useTz: true }).nullable()
      table.timestamp('dossier_generated_at', { useTz: true }).nullable()

      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()

      table.check(checkIn('status', BUILD_STATUSES))
      table.check('stress_test_minutes is null or stress_test_minutes >= 0')
      table.index(['status'])
      table.index(['assigned_to_id'])
    })

    this.schema.createTable('build_timeline_steps', (table) => {
      table.increments('id')
      table.integer('build_id').notNullable().references('builds.id').onDelete('CASCADE')
      table.integer('position').notNullable()
      table.string('title', 200).notNullable()
      table.text('description').nullable()
      table.string('status', 20).notNullable().defaultTo('pending')
      table.boolean('customer_visible').notNullable().defaultTo(true)
      table.timestamp('completed_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.check(checkIn('status', TIMELINE_STEP_STATUSES))
      table.unique(['build_id', 'position'])
    })

    this.schema.createTable('build_event_logs', (table) => {
      table.increments('id')
      table.integer('build_id').notNullable().references('builds.id').onDelete('CASCADE')
      table.integer('author_id').nullable().references('users.id').onDelete('SET NULL')
      table.text('message').notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.index(['build_id', 'created_at'])
    })

    this.schema.createTable('test_runs', (table) => {
      table.increments('id')
      table.integer('build_id').notNullable().references('builds.id').onDelete('CASCADE')
      table.string('tool', 100).notNullable()
      // Tool-specific scores, e.g. { "cpuScore": 15432, "gpuScore": 19876 }.
      table.jsonb('scores').notNullable().defaultTo('{}')
      table.decimal('cpu_max_temp_c', 4, 1).nullable()
      table.decimal('gpu_max_temp_c', 4, 1).nullable()
      table.integer('duration_seconds').notNullable().defaultTo(0)
      table.boolean('passed').notNullable()
      table.text('notes').nullable()
      table.timestamp('ran_at', { useTz: true }).notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.check(nonNegative('duration_seconds'))
      table.index(['build_id', 'ran_at'])
    })
  }

  async down() {
    dropTables(this.schema, ['test_runs', 'build_event_logs', 'build_timeline_steps', 'builds'])
  }
}
