import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import Order from '#models/order'
import type User from '#models/user'
import ActivityLogService from '#services/activity_log_service'
import { blankToNull } from '#services/text_input'

/** Staff flow 5 (SPEC §5): staff notes, at any stage of the order, audited. */
@inject()
export default class OrderNotesService {
  constructor(protected activity: ActivityLogService) {}

  /** Left out = unchanged; blank clears. */
  async update(
    order: Order | number,
    notes: { notes?: string | null; internalNotes?: string | null },
    actor: User | null
  ) {
    const updated = await db.transaction(async (trx) => {
      const locked = await Order.lockForUpdate(order, trx)
      if (notes.notes !== undefined) locked.notes = blankToNull(notes.notes)
      if (notes.internalNotes !== undefined) locked.internalNotes = blankToNull(notes.internalNotes)
      const changed = Object.keys(locked.$dirty)
      if (changed.length === 0) return locked
      await locked.save()
      await this.activity.record(
        {
          actor,
          action: 'order.notes_updated',
          subject: { type: 'order', id: locked.id },
          metadata: { orderNumber: locked.orderNumber, fields: changed },
        },
        trx
      )
      return locked
    })
    if (order instanceof Order) await order.refresh()
    return updated
  }
}
