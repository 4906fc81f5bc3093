import { BaseTransformer } from '@adonisjs/core/transformers'
import { formatMoment } from '#domain/date_format'
import type ActivityLog from '#models/activity_log'

/** An activity log row in a staff page's history list. Needs `actor` preloaded. */
export default class ActivityLogTransformer extends BaseTransformer<ActivityLog> {
  toObject() {
    const row = this.resource
    return {
      ...this.pick(row, ['id', 'action', 'ip', 'subjectId']),
      actor: row.actor?.email ?? null,
      details: row.metadata && Object.keys(row.metadata).length ? JSON.stringify(row.metadata) : '',
      at: formatMoment(row.createdAt),
    }
  }
}
