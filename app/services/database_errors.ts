/*
| Recognising PostgreSQL errors the actions answer themselves (a race the
| database's unique keys caught), by SQLSTATE rather than message text.
*/

/** unique_violation (23505), optionally on one named constraint. */
export function isUniqueViolation(error: unknown, constraint?: string) {
  const pgError = error as { code?: string; constraint?: string } | null
  return pgError?.code === '23505' && (!constraint || pgError.constraint === constraint)
}
