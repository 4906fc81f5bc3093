import { BaseSchema } from '@adonisjs/lucid/schema'
import { orderSearchTextFunction, REFRESH_ORDER_SEARCH_TEXT } from '#database/sql_helpers'

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
    this.schema.raw(orderSearchTextFunction('search_fold'))
    this.schema.raw(REFRESH_ORDER_SEARCH_TEXT)
  }

  async down() {
    this.schema.raw(orderSearchTextFunction('lower'))
    this.schema.raw(REFRESH_ORDER_SEARCH_TEXT)
    this.schema.raw('drop function if exists search_fold')
  }
}
