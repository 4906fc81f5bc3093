import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import db from '@adonisjs/lucid/services/db'

/*
| Bulk data for `npm run bench`, written with set-based SQL so that 50 000
| orders (≈ 500 000 lines) take seconds, not minutes. Only the benchmark
| databases get this: the statuses are valid combinations of the three axes,
| but no history rows are written (the orders list never reads them).
*/

// Valid (orderStatus, paymentStatus, fulfillmentStatus) combinations with a weight: mostly
// finished orders, as a shop with history has.
const STATE_MIX: [string, string, string | null, number][] = [
  ['draft', 'unpaid', null, 4],
  ['quote', 'unpaid', null, 8],
  ['claimed', 'unpaid', null, 4],
  ['confirmed', 'awaiting_payment', null, 4],
  ['confirmed', 'paid', 'awaiting_parts', 3],
  ['confirmed', 'paid', 'assembling', 3],
  ['confirmed', 'paid', 'testing', 2],
  ['confirmed', 'paid', 'ready', 2],
  ['confirmed', 'paid', 'shipped', 2],
  ['completed', 'paid', 'completed', 55],
  ['completed', 'refunded', 'completed', 2],
  ['cancelled', 'unpaid', null, 9],
  ['cancelled', 'refunded', null, 2],
]

const FIRST_NAMES = [
  'Μαρία',
  'Γιώργος',
  'Ελένη',
  'Νίκος',
  'Κατερίνα',
  'Δημήτρης',
  'Anna',
  'Πέτρος',
  'Σοφία',
  'Kostas',
]
const LAST_NAMES = [
  'Παπαδοπούλου',
  'Νικολάου',
  'Γεωργίου',
  'Δημητρίου',
  'Schmidt',
  'Ιωάννου',
  'Αθανασίου',
  'Βασιλείου',
]

export default class BenchSeed extends BaseCommand {
  static commandName = 'bench:seed'
  static description = 'Fill the (benchmark) database with N orders of about ten lines each'
  static options: CommandOptions = { startApp: true }

  @flags.number({ description: 'How many orders the database must hold', required: true })
  declare orders: number

  async run() {
    const [{ total }] = await db.from('orders').count('* as total')
    const existing = Number(total)
    if (existing === this.orders) {
      this.logger.info(`bench database already holds ${existing} orders`)
      return
    }
    if (existing !== 0) {
      this.logger.error(
        `bench database holds ${existing} orders, expected 0 or ${this.orders}: migrate it fresh`
      )
      this.exitCode = 1
      return
    }

    const customers = Math.max(10, Math.floor(this.orders / 4))
    const weights = STATE_MIX.flatMap(([order, payment, fulfilment, weight]) =>
      Array.from({ length: weight }, () => [order, payment, fulfilment])
    )

    await db.transaction(async (trx) => {
      await trx.rawQuery(
        `insert into users (email, password, first_name, last_name, role, locale, email_verified_at, created_at, updated_at)
         select 'customer' || n || '@bench.example.com', null,
                (cast(? as text[]))[1 + n % ?], (cast(? as text[]))[1 + n % ?], 'customer', 'el', now(), now(), now()
         from generate_series(1, ?) as n`,
        [FIRST_NAMES, FIRST_NAMES.length, LAST_NAMES, LAST_NAMES.length, customers]
      )

      // One row per order; the state comes from the weighted mix, the customer from the
      // customers above (none for drafts and quotes), the date from the last two years.
      await trx.rawQuery(
        `with mix as (select ordinality - 1 as slot, state from jsonb_array_elements(cast(? as jsonb)) with ordinality as m(state))
         insert into orders (public_id, order_number, customer_id, intake_name, intake_email, intake_phone, use_case,
                             order_status, payment_status, fulfillment_status, claim_code,
                             total_net_cents, total_vat_cents, total_gross_cents, paid_at, created_at, updated_at)
         select gen_random_uuid(),
                'PC' || to_char(created, 'YYMMDD') || '-' || case when n < 10000 then lpad(n::text, 4, '0') else n::text end,
                case when mix.state->>0 in ('draft', 'quote') then null else u.id end,
                u.first_name || ' ' || u.last_name, u.email, '+3069' || lpad((n * 7919 % 100000000)::text, 8, '0'),
                (array['4K gaming', 'video editing', 'ML development', 'architectural rendering', 'streaming'])[1 + n % 5],
                mix.state->>0, mix.state->>1, mix.state->>2,
                case when mix.state->>0 <> 'draft' then upper(regexp_replace(substr(md5(n::text), 1, 16), '(.{4})(\\?!$)', '\\1-', 'g')) end,
                0, 0, 0,
                case when mix.state->>1 in ('paid', 'refunded') then created + interval '2 days' end,
                created, created
         from generate_series(1, ?) as n
         cross join lateral (select now() - (n * 7 % 730) * interval '1 day' - (n % 86400) * interval '1 second' as created) d
         join mix on mix.slot = n % ?
         join users u on u.email = 'customer' || (1 + n % ?) || '@bench.example.com'`,
        [JSON.stringify(weights), this.orders, weights.length, customers]
      )

      // About ten lines per order (8–12), VAT-inclusive prices in cents.
      await trx.rawQuery(
        `insert into order_lines (order_id, kind, position, name, unit_price_cents, vat_rate_bp, quantity, specs, created_at, updated_at)
         select o.id,
                case when i <= 7 then 'component' when i = 8 then 'operating_system' when i = 9 then 'service'
                     when i = 10 then 'warranty' when i = 11 then 'shipping' else 'peripheral' end,
                i, 'Bench part ' || i, 1000 + (o.id * 37 + i * 1013) % 90000, 2400, 1 + (o.id + i) % 2, '{}'::jsonb, o.created_at, o.created_at
         from orders o cross join generate_series(1, 8 + o.id % 5) as i`
      )

      // Totals from the lines; the single VAT rate makes the split one rounding per order.
      await trx.rawQuery(
        `update orders o set total_gross_cents = t.gross,
                total_net_cents = round(t.gross * 10000.0 / 12400),
                total_vat_cents = t.gross - round(t.gross * 10000.0 / 12400)
         from (select order_id, sum(unit_price_cents * quantity) as gross from order_lines group by order_id) t
         where t.order_id = o.id`
      )
    })
    await db.rawQuery('analyze')
    this.logger.success(`bench database seeded with ${this.orders} orders`)
  }
}
