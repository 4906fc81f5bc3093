import { DateTime } from 'luxon'

/** Stable JSON for comparing before/after values in activity metadata. */
function same(a: unknown, b: unknown) {
  const normalise = (value: unknown): unknown =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value as Record<string, unknown>)
            .sort(([x], [y]) => x.localeCompare(y))
            .map(([key, item]) => [key, normalise(item)])
        )
      : value instanceof DateTime
        ? value.toISO()
        : value
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b))
}

/** `{ field: [before, after] }` for the attributes that the merge changed. */
export function changesOf(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  fields: readonly string[]
) {
  const changes: Record<string, [unknown, unknown]> = {}
  for (const field of fields) {
    if (!same(before[field], after[field])) changes[field] = [before[field], after[field]]
  }
  return changes
}
