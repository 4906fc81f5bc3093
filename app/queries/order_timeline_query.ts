import { inject } from '@adonisjs/core'
import type { StatusAxis } from '#domain/statuses'
import OrderStatusHistory from '#models/order_status_history'
import type User from '#models/user'
import ActivityLogQuery from '#queries/activity_log_query'

/**
 * One order's history for the staff order page: its status changes (the
 * immutable order_status_history) and the activity log rows about it, merged
 * into one timeline, newest first.
 */

export type TimelineEntry =
  | {
      kind: 'status'
      id: number
      at: string
      actor: string | null
      axis: StatusAxis
      from: string | null
      to: string
      reason: string | null
    }
  | {
      kind: 'activity'
      id: number
      at: string
      actor: string | null
      action: string
      details: string
    }

function actorName(actor: User | null | undefined) {
  return actor ? `${actor.fullName} <${actor.email}>` : null
}

@inject()
export default class OrderTimelineQuery {
  constructor(protected activityLog: ActivityLogQuery) {}

  /** Status changes and activity log rows of the order, newest first. */
  async run(orderId: number): Promise<TimelineEntry[]> {
    const [history, activity] = await Promise.all([
      OrderStatusHistory.query().where('orderId', orderId).preload('actor'),
      this.activityLog.aboutSubject({ type: 'order', id: orderId }),
    ])
    const entries: (TimelineEntry & { sortKey: number })[] = [
      ...history.map((row) => ({
        kind: 'status' as const,
        id: row.id,
        at: row.createdAt.toISO()!,
        sortKey: row.createdAt.toMillis(),
        actor: actorName(row.actor),
        axis: row.axis,
        from: row.fromStatus,
        to: row.toStatus,
        reason: row.reason,
      })),
      ...activity.map((row) => ({
        kind: 'activity' as const,
        id: row.id,
        at: row.createdAt.toISO()!,
        sortKey: row.createdAt.toMillis(),
        actor: actorName(row.actor),
        action: row.action,
        details: Object.keys(row.metadata ?? {}).length ? JSON.stringify(row.metadata) : '',
      })),
    ]
    entries.sort((a, b) => b.sortKey - a.sortKey)
    return entries.map(({ sortKey, ...entry }) => entry)
  }
}
