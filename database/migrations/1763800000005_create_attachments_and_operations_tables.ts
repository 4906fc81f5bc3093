import { BaseSchema } from '@adonisjs/lucid/schema'
import {
  ATTACHABLE_TYPES,
  ATTACHMENT_KINDS,
  ATTACHMENT_VISIBILITIES,
  BOOKLET_TYPES,
  LOCALES,
  PHOTO_SLOTS,
} from '#domain/statuses'
import { checkIn, dropTables, nonNegative } from '#database/sql_helpers'

export default class extends BaseSchema {
  async up() {
    /*
    | Polymorphic: (attachable_type, attachable_id) points at an order, build,
    | timeline step, event log or test run. The database cannot hold a foreign
    | key across five tables; the Attachment model owns that relation.
    */
    this.schema.createTable('attachments', (table) => {
      table.increments('id')
      table.uuid('public_id').notNullable().unique().defaultTo(this.raw('gen_random_uuid()'))
      table.string('attachable_type', 20).notNullable()
      table.integer('attachable_id').notNullable()
      table.string('storage_key', 500).notNullable().unique()
      table.string('original_name', 255).notNullable()
      // Sniffed from the bytes on upload, never taken from the client.
      table.string('mime_type', 100).notNullable()
      table.bigInteger('size_bytes').notNullable()
      table.string('kind', 20).notNullable()
      table.string('photo_slot', 20).nullable()
      table.string('booklet_type', 30).nullable()
      table.string('visibility', 10).notNullable().defaultTo('staff')
      table.integer('uploaded_by_id').nullable().references('users.id').onDelete('SET NULL')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()

      table.check(checkIn('attachable_type', ATTACHABLE_TYPES))
      table.check(checkIn('kind', ATTACHMENT_KINDS))
      table.check(checkIn('photo_slot', PHOTO_SLOTS))
      table.check(checkIn('booklet_type', BOOKLET_TYPES))
      table.check(checkIn('visibility', ATTACHMENT_VISIBILITIES))
      table.check(nonNegative('size_bytes'))
      table.check("(kind = 'photo_slot') = (photo_slot is not null)")
      table.check("(kind = 'booklet') = (booklet_type is not null)")
      table.index(['attachable_type', 'attachable_id'])
    })
    // One photo per named slot per build; one current booklet of each type.
    this.schema.raw(
      'create unique index attachments_photo_slot_unique on attachments (attachable_type, attachable_id, photo_slot) where photo_slot is not null'
    )
    this.schema.raw(
      'create unique index attachments_booklet_unique on attachments (attachable_type, attachable_id, booklet_type) where booklet_type is not null'
    )

    this.schema.createTable('warranty_reminders', (table) => {
      table.increments('id')
      table.integer('order_id').notNullable().references('orders.id').onDelete('CASCADE')
      table.integer('order_line_id').notNullable().references('order_lines.id').onDelete('CASCADE')
      // Which reminder this is, e.g. 'expires_in_30_days'.
      table.string('threshold', 40).notNullable()
      table.timestamp('sent_at', { useTz: true }).notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      // The idempotency key of `warranty:remind`: one row per warranty and threshold.
      table.unique(['order_line_id', 'threshold'])
    })

    this.schema.createTable('waitlist_entries', (table) => {
      table.increments('id')
      table.string('email', 254).notNullable()
      table.string('name', 200).nullable()
      table.text('interest').nullable()
      table.string('locale', 2).notNullable().defaultTo('el')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.check(checkIn('locale', LOCALES))
    })
    this.schema.raw(
      'create unique index waitlist_entries_email_lower_unique on waitlist_entries (lower(email))'
    )

    this.schema.createTable('cookie_consents', (table) => {
      table.increments('id')
      table.uuid('anonymous_id').notNullable()
      table.integer('user_id').nullable().references('users.id').onDelete('SET NULL')
      // e.g. { "necessary": true, "analytics": false }
      table.jsonb('choices').notNullable()
      table.string('policy_version', 20).notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.index(['anonymous_id', 'created_at'])
    })

    this.schema.createTable('payment_events', (table) => {
      table.increments('id')
      table.string('provider', 20).notNullable().defaultTo('viva')
      // Viva MessageId (or EventTypeId:TransactionId): the webhook idempotency key.
      table.string('event_id', 120).notNullable()
      table.integer('event_type_id').nullable()
      table.integer('order_id').nullable().references('orders.id').onDelete('SET NULL')
      table.jsonb('payload').notNullable()
      table.timestamp('processed_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.unique(['provider', 'event_id'])
      table.index(['order_id'])
    })

    this.schema.createTable('activity_logs', (table) => {
      table.increments('id')
      table.integer('actor_id').nullable().references('users.id').onDelete('SET NULL')
      table.string('action', 80).notNullable()
      table.string('subject_type', 40).nullable()
      table.integer('subject_id').nullable()
      table.jsonb('metadata').notNullable().defaultTo('{}')
      table.string('ip', 64).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.index(['subject_type', 'subject_id', 'created_at'])
      table.index(['actor_id', 'created_at'])
    })
  }

  async down() {
    dropTables(this.schema, [
      'activity_logs',
      'payment_events',
      'cookie_consents',
      'waitlist_entries',
      'warranty_reminders',
      'attachments',
    ])
  }
}
