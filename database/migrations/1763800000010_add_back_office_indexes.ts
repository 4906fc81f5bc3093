import { BaseSchema } from '@adonisjs/lucid/schema'
import { createSearchTrigramIndexes } from '#database/sql_helpers'

/*
| Indexes of the staff back office (order list, dashboard, catalog search).
|
| Text search is `ILIKE '%word%'` (match anywhere, case-insensitive), which a
| btree cannot serve. pg_trgm's GIN trigram indexes can, so the search
| expressions of OrderListQuery (ORDER_SEARCH_SQL, USER_SEARCH_SQL) and of
| CatalogService (COMPONENT_SEARCH_SQL) are indexed here, character for
| character: the planner only uses an expression index for the identical
| expression. pg_trgm ships with PostgreSQL (contrib) and is a trusted
| extension since PostgreSQL 13, so the database owner may create it; it is
| there on the embedded PostgreSQL 18 and on Debian's PostgreSQL 15. Where it
| is missing or may not be created (a locked-down managed server), the
| migration still passes without the trigram indexes: the searches stay
| correct, only slower (a sequential scan of orders).
|
| Btree indexes: the three status columns together (the per-status counts of
| the order list and the dashboard group by them: an index-only scan), the
| sorts of the order list that had none (total, customer name; created_at and
| order_number already have one), and the partial indexes the dashboard reads
| (paid orders by payment date, open quotes by validity date, published orders
| by publication date).
*/
export default class extends BaseSchema {
  async up() {
    this.schema.raw(`
      do $$
      begin
        if exists (select 1 from pg_available_extensions where name = 'pg_trgm') then
          create extension if not exists pg_trgm;
        end if;
      exception when insufficient_privilege then
        raise notice 'pg_trgm could not be created (%): text search runs without trigram indexes', sqlerrm;
      end $$
    `)
    this.schema.raw(createSearchTrigramIndexes(['orders', 'users', 'components']))

    this.schema.raw(
      'create index orders_status_axes_index on orders (order_status, payment_status, fulfillment_status)'
    )
    this.schema.raw('create index orders_total_gross_id_index on orders (total_gross_cents, id)')
    this.schema.raw('create index orders_intake_name_id_index on orders (intake_name, id)')
    this.schema.raw(
      'create index orders_paid_at_index on orders (paid_at) where paid_at is not null'
    )
    this.schema.raw(
      "create index orders_open_quote_validity_index on orders (quote_valid_until) where order_status in ('quote', 'claimed')"
    )
    this.schema.raw(
      'create index orders_published_at_index on orders (published_at) where published_at is not null'
    )
  }

  async down() {
    for (const name of [
      'orders_published_at_index',
      'orders_open_quote_validity_index',
      'orders_paid_at_index',
      'orders_intake_name_id_index',
      'orders_total_gross_id_index',
      'orders_status_axes_index',
      'components_search_trgm',
      'users_search_trgm',
      'orders_search_trgm',
    ]) {
      this.schema.raw(`drop index if exists ${name}`)
    }
    // pg_trgm itself stays: other objects may use it, and it costs nothing unused.
  }
}
