/*
| A staff status change from the order page: POST /staff/orders/:id/transitions
| `{ axis, to, reason? }`. Whether `to` fits the axis and the order's state is
| the lifecycle module's question (order_lifecycle.ts), answered under the row
| lock; this only keeps out values that are no status at all.
*/
import vine from '@vinejs/vine'
import type { Infer } from '@vinejs/vine/types'
import {
  FULFILLMENT_STATUSES,
  ORDER_STATUSES,
  PAYMENT_STATUSES,
  STATUS_AXES,
} from '#domain/statuses'
import { catalogMessages } from '#validators/catalog'

const EVERY_STATUS = [...new Set([...ORDER_STATUSES, ...PAYMENT_STATUSES, ...FULFILLMENT_STATUSES])]

/** Reasons land in the immutable history: long enough to say why, short enough to read. */
export const TRANSITION_REASON_MAX_LENGTH = 500

export const orderTransitionValidator = vine.create({
  axis: vine.enum(STATUS_AXES),
  to: vine.enum(EVERY_STATUS),
  reason: vine.string().trim().maxLength(TRANSITION_REASON_MAX_LENGTH).optional(),
})
orderTransitionValidator.messagesProvider = catalogMessages
export type OrderTransitionInput = Infer<typeof orderTransitionValidator>
