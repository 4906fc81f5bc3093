import { BaseSchema } from '@adonisjs/lucid/schema'
import { FULFILLMENT_NOT_STARTED } from '#domain/order_lifecycle'
import {
  createSearchTrigramIndexes,
  orderSearchTextFunction,
  REFRESH_ORDER_SEARCH_TEXT,
} from '#database/sql_helpers'

/*
| The staff order list at any table size (OrderListQuery): two things it used
| to compute from every order on every request are now kept up to date by
| the database as orders change.
|
| 1. orders.search_text: the text the list's search box matches, in lower
|    case — order number, intake name and email, and the name and email of
|    the customer who claimed the order. One trigram-indexed column instead
|    of two indexed expressions joined by a UNION lets the planner either walk
|    the created_at index and stop at the first page of matches (common
|    words) or use the trigram index (rare ones), and lets a count stop early.
|    Lower case because LIKE on it is several times cheaper than ILIKE on
|    Greek text; the list lower-cases the pattern with the same lower().
|    Kept by a BEFORE trigger on orders (the columns it is built from) and an
|    AFTER trigger on users (a customer renamed or changing email).
|
| 2. order_status_counts: how many orders have each combination of the three
|    status axes (at most 6 × 4 × 9 rows; fulfilment `none` = not started).
|    Exact at every commit: statement-level triggers on orders add the new
|    rows and subtract the old ones of every INSERT, UPDATE and DELETE, inside
|    the writing transaction (TRUNCATE empties it). Whatever writes orders —
|    the transition service, factories, bulk SQL — keeps it right. The upsert
|    takes its rows in key order, so concurrent writers queue instead of
|    deadlocking. Reading it replaces a GROUP BY over the whole table.
|
| The trigram indexes of the old search expressions (migration
| 1763800000010) are dropped: nothing searches those expressions any more.
*/
const NONE = `'${FULFILLMENT_NOT_STARTED}'`

export default class extends BaseSchema {
  async up() {
    this.schema.raw(`alter table orders add column search_text text not null default ''`)
    // Arguments: customer id, order number, intake name, intake email.
    this.schema.raw(orderSearchTextFunction('lower'))
    this.schema.raw(REFRESH_ORDER_SEARCH_TEXT)
    this.schema.raw(`
      create or replace function orders_set_search_text() returns trigger language plpgsql as $$
      begin
        new.search_text := order_search_text(new.customer_id, new.order_number, new.intake_name, new.intake_email);
        return new;
      end $$
    `)
    this.schema.raw(`
      create trigger orders_search_text
        before insert or update of customer_id, order_number, intake_name, intake_email on orders
        for each row execute function orders_set_search_text()
    `)
    this.schema.raw(`
      create or replace function users_refresh_order_search_text() returns trigger language plpgsql as $$
      begin
        update orders
           set search_text = order_search_text(customer_id, order_number, intake_name, intake_email)
         where customer_id = new.id;
        return null;
      end $$
    `)
    this.schema.raw(`
      create trigger users_order_search_text
        after update of first_name, last_name, email on users
        for each row
        when (old.first_name is distinct from new.first_name
           or old.last_name is distinct from new.last_name
           or old.email is distinct from new.email)
        execute function users_refresh_order_search_text()
    `)
    this.schema.raw(`
      do $$
      begin
        if exists (select 1 from pg_extension where extname = 'pg_trgm') then
          create index orders_search_text_trgm on orders using gin (search_text gin_trgm_ops);
        end if;
      end $$
    `)
    this.schema.raw('drop index if exists orders_search_trgm')
    this.schema.raw('drop index if exists users_search_trgm')

    this.schema.raw(`
      create table order_status_counts (
        order_status varchar(20) not null,
        payment_status varchar(20) not null,
        fulfillment_status varchar(20) not null,
        orders integer not null,
        primary key (order_status, payment_status, fulfillment_status)
      )
    `)
    this.schema.raw(`
      insert into order_status_counts (order_status, payment_status, fulfillment_status, orders)
      select order_status, payment_status, coalesce(fulfillment_status, ${NONE}), count(*)
        from orders
       group by 1, 2, 3
    `)
    // One function for every statement kind: the rows it adds (+1) and removes (−1) come
    // from the transition tables that kind has, summed per combination. EXECUTE because a
    // statement naming a transition table the firing trigger lacks would not even plan.
    this.schema.raw(`
      create or replace function order_status_counts_apply() returns trigger language plpgsql as $$
      declare
        added constant text := 'select order_status, payment_status, fulfillment_status, 1 as delta from new_rows';
        removed constant text := 'select order_status, payment_status, fulfillment_status, -1 as delta from old_rows';
      begin
        if tg_op = 'TRUNCATE' then
          delete from order_status_counts;
          return null;
        end if;
        execute format(
          $sql$
          insert into order_status_counts as c (order_status, payment_status, fulfillment_status, orders)
          select order_status, payment_status, coalesce(fulfillment_status, ${NONE}), sum(delta)
            from (%s) changes
           group by 1, 2, 3
          having sum(delta) <> 0
           order by 1, 2, 3
              on conflict (order_status, payment_status, fulfillment_status)
              do update set orders = c.orders + excluded.orders
          $sql$,
          case tg_op
            when 'INSERT' then added
            when 'DELETE' then removed
            else added || ' union all ' || removed
          end
        );
        return null;
      end $$
    `)
    this.schema.raw(`
      create trigger order_status_counts_insert after insert on orders
        referencing new table as new_rows
        for each statement execute function order_status_counts_apply()
    `)
    this.schema.raw(`
      create trigger order_status_counts_update after update on orders
        referencing old table as old_rows new table as new_rows
        for each statement execute function order_status_counts_apply()
    `)
    this.schema.raw(`
      create trigger order_status_counts_delete after delete on orders
        referencing old table as old_rows
        for each statement execute function order_status_counts_apply()
    `)
    this.schema.raw(`
      create trigger order_status_counts_truncate after truncate on orders
        for each statement execute function order_status_counts_apply()
    `)
    // Fresh statistics for the new column, so the planner's first choices are informed.
    this.schema.raw('analyze orders')
  }

  async down() {
    for (const trigger of [
      'order_status_counts_insert',
      'order_status_counts_update',
      'order_status_counts_delete',
      'order_status_counts_truncate',
      'orders_search_text',
    ]) {
      this.schema.raw(`drop trigger if exists ${trigger} on orders`)
    }
    this.schema.raw('drop trigger if exists users_order_search_text on users')
    this.schema.raw('drop function if exists order_status_counts_apply')
    this.schema.raw('drop function if exists users_refresh_order_search_text')
    this.schema.raw('drop function if exists orders_set_search_text')
    this.schema.raw('drop table if exists order_status_counts')
    this.schema.raw('drop index if exists orders_search_text_trgm')
    this.schema.raw('alter table orders drop column if exists search_text')
    this.schema.raw('drop function if exists order_search_text')
    this.schema.raw(createSearchTrigramIndexes(['orders', 'users']))
  }
}
