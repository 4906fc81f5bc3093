import { BaseSchema } from '@adonisjs/lucid/schema'

/*
| The order search ignores Greek accents and final sigma: staff type
| "μαρια" or "ΚΩΝΣΤΑΝΤΙΝΟΥ" and find "Μαρία Κωνσταντίνου". search_fold()
| lower-cases (PostgreSQL's lower() maps Σ to σ everywhere) and folds the
| accented vowels and ς; it builds orders.search_text and the patterns the
| list compares with it, so both sides agree on every letter.
*/
export default class extends BaseSchema {
  async up() {
    this.schema.raw(`
      create or replace function search_fold(text) returns text
      language sql immutable parallel safe as $$
        select translate(lower($1), 'άέήίόύώϊϋΐΰς', 'αεηιουωιυιυσ')
      $$
    `)
    this.schema.raw(`
      create or replace function order_search_text(integer, text, text, text)
      returns text language sql stable as $$
        select search_fold(concat_ws(' ', $2, $3, $4, (
          select concat_ws(' ', u.first_name, u.last_name, u.email) from users u where u.id = $1
        )))
      $$
    `)
    this.schema.raw(
      `update orders set search_text = order_search_text(customer_id, order_number, intake_name, intake_email)`
    )
  }

  async down() {
    this.schema.raw(`
      create or replace function order_search_text(integer, text, text, text)
      returns text language sql stable as $$
        select lower(concat_ws(' ', $2, $3, $4, (
          select concat_ws(' ', u.first_name, u.last_name, u.email) from users u where u.id = $1
        )))
      $$
    `)
    this.schema.raw(
      `update orders set search_text = order_search_text(customer_id, order_number, intake_name, intake_email)`
    )
    this.schema.raw('drop function if exists search_fold')
  }
}
