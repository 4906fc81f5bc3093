import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { LucidRow } from '@adonisjs/lucid/types/model'
import type { LineItemKind } from '#domain/statuses'
import type User from '#models/user'
import type ActivityLogService from '#services/activity_log_service'
import { CATALOG_SUBJECT_TYPES } from '#services/catalog_item_models'

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

/**
 * The activity log row of a change to a catalog row of `kind`:
 * `catalog.<kind>.<change>`, about that row.
 */
export function catalogChange(
  kind: LineItemKind,
  change: string,
  row: { id: number },
  actor: User | null,
  metadata: Record<string, unknown>
) {
  return {
    actor,
    action: `catalog.${kind}.${change}`,
    subject: { type: CATALOG_SUBJECT_TYPES[kind], id: row.id },
    metadata,
  }
}

/**
 * Offers a catalog row of `kind` to new quotes or not (existing quotes keep
 * their snapshot): under the row's lock, and logged as
 * `catalog.<kind>.activated` / `.deactivated` in the same transaction when it
 * changes. `lock` reads the row for update; `name` is how the log names it.
 */
export async function switchCatalogRow<Row extends LucidRow & { id: number; active: boolean }>(
  activity: ActivityLogService,
  change: {
    kind: LineItemKind
    lock: (trx: TransactionClientContract) => Promise<Row>
    name: (row: Row) => string
    active: boolean
    actor: User | null
  }
) {
  const { kind, active } = change
  await db.transaction(async (trx) => {
    const locked = await change.lock(trx)
    if (locked.active === active) return
    locked.active = active
    await locked.save()
    const name = change.name(locked)
    await activity.record(
      catalogChange(kind, active ? 'activated' : 'deactivated', locked, change.actor, { name }),
      trx
    )
  })
}
