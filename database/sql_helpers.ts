/*
| Small SQL builders shared by the migrations, so every CHECK on an enum column
| is generated from the one list in app/domain/statuses.ts.
*/

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
