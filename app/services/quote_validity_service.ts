import { inject } from '@adonisjs/core'
import type { DateTime } from 'luxon'
import { athensDay, athensToday } from '#domain/shop_calendar'
import { QuoteValidityError } from '#exceptions/quote_refusals'
import Order from '#models/order'
import type User from '#models/user'
import ActivityLogService from '#services/activity_log_service'
import { formError } from '#services/form_errors'
import db from '@adonisjs/lucid/services/db'

/**
 * A validity date staff typed: an Athens calendar day, today or later
 * (otherwise a form error on `validUntil`).
 */
export function validityDay(value: DateTime | Date | string) {
  const day = athensDay(value)
  if (!day) throw formError('validUntil', 'Enter a valid date.', 'date')
  if (day.toISODate()! < athensToday()) {
    throw formError('validUntil', 'The validity date cannot be in the past.', 'afterOrEqual')
  }
  return day
}

/**
 * Sets a new validity date on a published quote not yet accepted (status
 * quote or claimed), e.g. so that an expired quote can be accepted again.
 * Written to the activity log.
 */
@inject()
export default class QuoteValidityService {
  constructor(protected activity: ActivityLogService) {}

  async extend(order: Order | number, validUntil: DateTime | Date | string, actor: User | null) {
    const day = validityDay(validUntil)

    const extended = await db.transaction(async (trx) => {
      const locked = await Order.lockForUpdate(order, trx)
      if (locked.orderStatus !== 'quote' && locked.orderStatus !== 'claimed') {
        throw new QuoteValidityError(locked.orderNumber, locked.orderStatus)
      }
      const previous = locked.quoteValidUntil?.toISODate() ?? null
      locked.quoteValidUntil = day
      await locked.save()
      await this.activity.record(
        {
          actor,
          action: 'quote.validity_extended',
          subject: { type: 'order', id: locked.id },
          metadata: {
            orderNumber: locked.orderNumber,
            changes: { quoteValidUntil: [previous, day.toISODate()] },
          },
        },
        trx
      )
      return locked
    })

    if (order instanceof Order) await order.refresh()
    return extended
  }
}
