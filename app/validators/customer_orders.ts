/*
| The customer's answers to a quote (/portal/orders/:orderId/accept and
| /decline). Messages: resources/lang/{el,en}/validator.json.
*/
import vine from '@vinejs/vine'

/** Longest reason a customer may give for declining (it goes into the order's history). */
export const DECLINE_REASON_MAX_LENGTH = 1000

/** Accepting a quote accepts the terms of sale, linked next to the box. */
export const acceptQuoteValidator = vine.create({
  terms: vine.accepted(),
})

export const declineQuoteValidator = vine.create({
  reason: vine.string().trim().maxLength(DECLINE_REASON_MAX_LENGTH).optional(),
})
