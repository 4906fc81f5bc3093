import type { HttpContext } from '@adonisjs/core/http'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import ActivityLog from '#models/activity_log'
import type User from '#models/user'

export interface ActivityEntry {
  /** Who did it; null for the CLI and the system. */
  actor: User | null
  /** Dotted verb, e.g. `staff.user.banned`. */
  action: string
  /** The record acted on: a model (its table name is the subject type) or an explicit pair. */
  subject?: { type: string; id: number } | null
  metadata?: Record<string, unknown>
  ip?: string | null
}

/**
 * Writes the activity log: staff actions that are not order status changes
 * (those have their own immutable history). Pass the transaction of the
 * change, so the log row and the change commit together.
 */
export default class ActivityLogService {
  record(entry: ActivityEntry, client?: TransactionClientContract) {
    return ActivityLog.create(
      {
        actorId: entry.actor?.id ?? null,
        action: entry.action,
        subjectType: entry.subject?.type ?? null,
        subjectId: entry.subject?.id ?? null,
        metadata: entry.metadata ?? {},
        ip: entry.ip ?? null,
      },
      client ? { client } : undefined
    )
  }

  /** The same, with the actor and IP of the current request. */
  recordFor(
    ctx: Pick<HttpContext, 'auth' | 'request'>,
    entry: Omit<ActivityEntry, 'actor' | 'ip'> & { actor?: User | null },
    client?: TransactionClientContract
  ) {
    return this.record(
      { ...entry, actor: entry.actor ?? ctx.auth.user ?? null, ip: ctx.request.ip() },
      client
    )
  }
}

/** Subject of a log row about a user account. */
export function userSubject(user: User) {
  return { type: 'user', id: user.id }
}
