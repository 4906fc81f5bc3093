import { BaseSchema } from '@adonisjs/lucid/schema'
import {
  FULFILLMENT_STATUSES,
  LINE_ITEM_KINDS,
  ORDER_STATUSES,
  PAYMENT_STATUSES,
  STATUS_AXES,
  COMPONENT_CATEGORIES,
} from '#domain/statuses'
import { checkIn, nonNegative } from '#database/sql_helpers'

export default class extends BaseSchema {
  async up() {
    /*
    | Order numbers come from the database: PC + YYMMDD (Athens date) + '-' +
    | a per-day counter. The upsert takes a row lock on the day's counter, so
    | concurrent creations queue up and never share a number; a rolled-back
    | transaction also rolls its increment back, so the sequence has no gaps.
    */
    this.schema.createTable('order_number_counters', (table) => {
      table.date('day').primary()
      table.integer('last_value').notNullable()
    })
    this.schema.raw(`
      create or replace function next_order_number() returns text language plpgsql as $$
      declare
        today date := (now() at time zone 'Europe/Athens')::date;
        counter integer;
      begin
        insert into order_number_counters as c (day, last_value) values (today, 1)
          on conflict (day) do update set last_value = c.last_value + 1
          returning c.last_value into counter;
        return 'PC' || to_char(today, 'YYMMDD') || '-' || lpad(counter::text, 4, '0');
      end $$
    `)

    this.schema.createTable('orders', (table) => {
      table.increments('id')
      // The id customers see in URLs (/portal/orders/:id): unguessable.
      table.uuid('public_id').notNullable().unique().defaultTo(this.raw('gen_random_uuid()'))
      table
        .string('order_number', 20)
        .notNullable()
        .unique()
        .defaultTo(this.raw('next_order_number()'))
      table.integer('customer_id').nullable().references('users.id').onDelete('SET NULL')
      table.integer('created_by_id').nullable().references('users.id').onDelete('SET NULL')

      // Intake, as the customer told staff.
      table.string('intake_name', 200).notNullable()
      table.string('intake_email', 254).notNullable()
      table.string('intake_phone', 40).nullable()
      table.string('use_case', 200).nullable()
      table.integer('budget_cents').nullable()
      table.text('notes').nullable()
      // Never sent to customer pages.
      table.text('internal_notes').nullable()

      table.string('claim_code', 19).nullable().unique()
      table.timestamp('claimed_at', { useTz: true }).nullable()

      table.string('order_status', 20).notNullable().defaultTo('draft')
      table.string('payment_status', 20).notNullable().defaultTo('unpaid')
      table.string('fulfillment_status', 20).nullable()

      table.timestamp('published_at', { useTz: true }).nullable()
      table.date('quote_valid_until').nullable()
      table.timestamp('accepted_at', { useTz: true }).nullable()

      // Cache of the lines' totals, recomputed from the lines in integer cents.
      table.integer('total_net_cents').notNullable().defaultTo(0)
      table.integer('total_vat_cents').notNullable().defaultTo(0)
      table.integer('total_gross_cents').notNullable().defaultTo(0)

      table.string('viva_order_code', 32).nullable().unique()
      table.timestamp('viva_order_code_expires_at', { useTz: true }).nullable()
      table.timestamp('paid_at', { useTz: true }).nullable()
      // The Viva transaction id of the payment.
      table.string('invoice_reference', 64).nullable()
      table.timestamp('delivered_at', { useTz: true }).nullable()

      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()

      table.check(checkIn('order_status', ORDER_STATUSES))
      table.check(checkIn('payment_status', PAYMENT_STATUSES))
      table.check(checkIn('fulfillment_status', FULFILLMENT_STATUSES))
      table.check(nonNegative('total_net_cents'))
      table.check(nonNegative('total_vat_cents'))
      table.check(nonNegative('total_gross_cents'))
      table.check('budget_cents is null or budget_cents >= 0')
      table.check('total_net_cents + total_vat_cents = total_gross_cents')
      // A claimed order always has its customer.
      table.check(
        "order_status in ('draft', 'quote') or customer_id is not null or order_status = 'cancelled'"
      )

      table.index(['customer_id', 'created_at'])
      table.index(['order_status', 'created_at'])
      table.index(['payment_status', 'created_at'])
      table.index(['fulfillment_status', 'created_at'])
      table.index(['created_at'])
    })

    /*
    | The seven line-item kinds live in one table with a `kind` column: every
    | line is the same snapshot (name, specs, unit price, VAT rate, quantity
    | copied when added), totals and listings need one query instead of seven,
    | and what is particular to a kind is either in `specs` or in the two
    | columns rules depend on (is_pickup for shipping, warranty_months for
    | warranty reminders). `source_id` records which catalog row it was copied
    | from, for statistics only: the line never reads the catalog again.
    */
    this.schema.createTable('order_lines', (table) => {
      table.increments('id')
      table.integer('order_id').notNullable().references('orders.id').onDelete('CASCADE')
      table.string('kind', 20).notNullable()
      table.integer('position').notNullable().defaultTo(0)
      table.integer('source_id').nullable()
      table.string('category', 20).nullable()
      table.string('name', 300).notNullable()
      table.text('description').nullable()
      table.string('sku', 100).nullable()
      table.jsonb('specs').notNullable().defaultTo('{}')
      table.integer('unit_price_cents').notNullable()
      // The catalog price when staff overrode it, with the reason.
      table.integer('catalog_price_cents').nullable()
      table.string('price_override_reason', 300).nullable()
      // Basis points: 2400 = 24 %.
      table.integer('vat_rate_bp').notNullable().defaultTo(2400)
      table.integer('quantity').notNullable().defaultTo(1)
      table.boolean('is_pickup').notNullable().defaultTo(false)
      table.integer('warranty_months').nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()

      table.check(checkIn('kind', LINE_ITEM_KINDS))
      table.check(checkIn('category', COMPONENT_CATEGORIES))
      table.check(nonNegative('unit_price_cents'))
      table.check('catalog_price_cents is null or catalog_price_cents >= 0')
      table.check('vat_rate_bp between 0 and 10000')
      table.check('quantity > 0')
      table.check('warranty_months is null or warranty_months > 0')
      table.index(['order_id', 'position'])
      table.index(['kind', 'source_id'])
    })

    this.schema.createTable('order_status_histories', (table) => {
      table.increments('id')
      table.integer('order_id').notNullable().references('orders.id').onDelete('RESTRICT')
      table.string('axis', 20).notNullable()
      table.string('from_status', 20).nullable()
      table.string('to_status', 20).notNullable()
      table.integer('actor_id').nullable().references('users.id').onDelete('RESTRICT')
      table.text('reason').nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.check(checkIn('axis', STATUS_AXES))
      table.index(['order_id', 'created_at'])
    })
    // Audit rows are immutable: the database itself refuses updates and deletes.
    this.schema.raw(`
      create or replace function forbid_history_change() returns trigger language plpgsql as $$
      begin
        raise exception 'order_status_histories rows are immutable';
      end $$
    `)
    this.schema.raw(`
      create trigger order_status_histories_immutable
        before update or delete on order_status_histories
        for each row execute function forbid_history_change()
    `)
  }

  async down() {
    this.schema.dropTable('order_status_histories')
    this.schema.raw('drop function if exists forbid_history_change')
    this.schema.dropTable('order_lines')
    this.schema.dropTable('orders')
    this.schema.raw('drop function if exists next_order_number')
    this.schema.dropTable('order_number_counters')
  }
}
