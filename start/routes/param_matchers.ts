/*
| Route params that every route shares a rule for, by name (a global matcher:
| the router applies it to every route declaring that param, so no route or
| group repeats it).
|
| Ids in URLs are PostgreSQL `integer` primary keys. A value that cannot be
| one (not digits, 0, leading zeros, or past 2 147 483 647 like `2147483648`
| or a 400-digit id) matches no route, so it is a 404 like any unknown id
| instead of reaching the database and failing there with a 500.
|
| A new route param that carries a database id gets its name added to
| ID_PARAMS (tests/functional/request_rules.spec.ts probes every route whose
| params look like ids with out-of-range values).
|
| Imported first by start/routes.ts: a global matcher applies to the routes
| declared after it.
*/
import router from '@adonisjs/core/services/router'

/** Largest value of a PostgreSQL `integer` (the type of every primary and foreign key). */
export const MAX_DATABASE_ID = 2_147_483_647

/**
 * A regular expression matching the decimal integers 1..max, written as
 * digits without sign or leading zeros. Built from the digits of `max`: all
 * shorter numbers, then for each digit of `max` the numbers that share its
 * prefix and are lower at that digit, then `max` itself.
 */
export function positiveIntegerUpTo(max: number): RegExp {
  const digits = String(max)
  const alternatives = digits.length > 1 ? [`[1-9]\\d{0,${digits.length - 2}}`] : []
  for (let index = 0; index < digits.length; index++) {
    const digit = Number(digits[index])
    const lowest = index === 0 ? 1 : 0
    if (digit > lowest) {
      const rest = digits.length - index - 1
      alternatives.push(`${digits.slice(0, index)}[${lowest}-${digit - 1}]\\d{${rest}}`)
    }
  }
  alternatives.push(digits)
  return new RegExp(`^(?:${alternatives.join('|')})$`)
}

/** Matcher of a database id in a URL: 1..MAX_DATABASE_ID, cast to a number. */
export const databaseIdMatcher = {
  match: positiveIntegerUpTo(MAX_DATABASE_ID),
  cast: (value: string) => Number(value),
}

/** Route params that carry a database id, wherever they appear. */
export const ID_PARAMS = ['id', 'lineId'] as const

for (const param of ID_PARAMS) router.where(param, databaseIdMatcher)

/**
 * A public id in a customer URL (SPEC §3: unguessable, an order's UUID
 * `public_id`, never its serial key). Anything else matches no route: the
 * same 404 as an order that does not exist or is someone else's.
 */
export const publicIdMatcher = {
  match: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
}

/** Route params that carry a public id. */
export const PUBLIC_ID_PARAMS = ['orderId'] as const

for (const param of PUBLIC_ID_PARAMS) router.where(param, publicIdMatcher)
