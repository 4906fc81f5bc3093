/*
| Payments: the Pay button, Viva's return query strings, a staff refund.
| Viva's parameters are only hints of which transaction to ask Viva about:
| nothing in them is trusted (amounts and statuses are never read from them).
*/
import vine from '@vinejs/vine'

export const REFUND_REASON_MAX_LENGTH = 1000

export const createPaymentOrderValidator = vine.create({
  orderId: vine.string().uuid(),
})

/** `?t={transactionId}&s={orderCode}&lang=…&eventId=…&eci=…` (the rest is ignored). */
export const paymentReturnValidator = vine.create({
  t: vine
    .string()
    .trim()
    .maxLength(64)
    .regex(/^[A-Za-z0-9-]+$/)
    .optional(),
  s: vine
    .string()
    .trim()
    .regex(/^\d{1,32}$/)
    .optional(),
})

export const refundValidator = vine.create({
  reason: vine.string().trim().minLength(1).maxLength(REFUND_REASON_MAX_LENGTH),
})
