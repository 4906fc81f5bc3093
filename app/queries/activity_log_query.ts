import ActivityLog from '#models/activity_log'
import type User from '#models/user'

/** The record a log row is about: its table's subject type and its id. */
export type ActivitySubject = { type: string; id: number }

/**
 * Reads the activity log (written by ActivityLogService), newest first, with
 * each row's actor loaded.
 */
export default class ActivityLogQuery {
  /** What was done to a record (an order, a component, …); every row unless `limit`. */
  aboutSubject(subject: ActivitySubject, limit?: number) {
    const query = ActivityLog.query()
      .where('subjectType', subject.type)
      .where('subjectId', subject.id)
      .preload('actor')
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
    if (limit !== undefined) query.limit(limit)
    return query
  }

  /** What was done to a user account or by that user, the latest `limit` rows. */
  aboutUser(user: User, limit: number) {
    return ActivityLog.query()
      .where((where) => {
        where.where('subjectType', 'user').where('subjectId', user.id)
      })
      .orWhere('actorId', user.id)
      .preload('actor')
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
  }
}
