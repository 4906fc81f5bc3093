import { BaseTransformer } from '@adonisjs/core/transformers'
import { formatMoment } from '#domain/date_format'
import { FULFILLMENT_NOT_STARTED } from '#domain/order_lifecycle'
import { statusAxisLabel, statusLabel } from '#domain/status_labels'
import type { TimelineEntry } from '#queries/order_timeline_query'

/** One row of an order's history: a status change or an activity log entry, in words. */
export default class TimelineEntryTransformer extends BaseTransformer<TimelineEntry> {
  /** One shape for both kinds: the fields of the other kind are null. */
  toObject() {
    const entry = this.resource
    const status = entry.kind === 'status' ? entry : null
    const activity = entry.kind === 'activity' ? entry : null
    return {
      id: entry.id,
      kind: entry.kind,
      at: formatMoment(entry.at),
      actor: entry.actor,
      axis: status?.axis ?? null,
      from: status?.from ?? null,
      to: status?.to ?? null,
      axisLabel: status ? statusAxisLabel(status.axis, 'en') : null,
      change: status
        ? `${statusLabel(status.axis, status.from ?? FULFILLMENT_NOT_STARTED, 'en')} → ${statusLabel(status.axis, status.to, 'en')}`
        : null,
      reason: status?.reason ?? null,
      action: activity?.action ?? null,
      details: activity?.details ?? null,
    }
  }
}
