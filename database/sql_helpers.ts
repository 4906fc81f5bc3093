/*
| Small SQL builders shared by the migrations: every CHECK on an enum column
| is generated from the one list in app/domain/statuses.ts, and a statement
| two migrations both run (one's `up`, the other's `down`) is written once.
*/

import type { BaseSchema } from '@adonisjs/lucid/schema'

function quote(value: string) {
  return `'${value.replaceAll("'", "''")}'`
}

/** `column in ('a', 'b')` (for nullable columns, NULL passes the check). */
export function checkIn(column: string, values: readonly string[]) {
  return `${column} in (${values.map(quote).join(', ')})`
}

/** `column >= 0` for money and counters. */
export function nonNegative(column: string) {
  return `${column} >= 0`
}

/**
 * (Re)defines order_search_text(customer id, order number, intake name,
 * intake email): the words the staff order list searches, put through `fold`
 * (lower() at first, search_fold() once Greek accents are folded).
 */
export function orderSearchTextFunction(fold: 'lower' | 'search_fold') {
  return `
      create or replace function order_search_text(integer, text, text, text)
      returns text language sql stable as $$
        select ${fold}(concat_ws(' ', $2, $3, $4, (
          select concat_ws(' ', u.first_name, u.last_name, u.email) from users u where u.id = $1
        )))
      $$
    `
}

/** Recomputes every order's search_text with the current order_search_text(). */
export const REFRESH_ORDER_SEARCH_TEXT = `update orders set search_text = order_search_text(customer_id, order_number, intake_name, intake_email)`

/** The trigram indexes of the first search expressions, per table. */
const SEARCH_TRIGRAM_INDEXES = {
  orders: `create index orders_search_trgm on orders
            using gin ((order_number || ' ' || intake_name || ' ' || intake_email) gin_trgm_ops);`,
  users: `create index users_search_trgm on users
            using gin ((first_name || ' ' || last_name || ' ' || email) gin_trgm_ops);`,
  components: `create index components_search_trgm on components
            using gin ((brand || ' ' || model || ' ' || coalesce(sku, '')) gin_trgm_ops);`,
}

/** Creates the trigram indexes of `tables`' search expressions, when pg_trgm is installed. */
export function createSearchTrigramIndexes(tables: (keyof typeof SEARCH_TRIGRAM_INDEXES)[]) {
  return `
      do $$
      begin
        if exists (select 1 from pg_extension where extname = 'pg_trgm') then
          ${tables.map((table) => SEARCH_TRIGRAM_INDEXES[table]).join('\n          ')}
        end if;
      end $$
    `
}

/** A migration's `down`: drops its tables in the order given (those that point at others first). */
export function dropTables(schema: BaseSchema['schema'], tables: readonly string[]) {
  for (const table of tables) schema.dropTable(table)
}
