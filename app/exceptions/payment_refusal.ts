/*
| What the payment actions refuse: paying an order that is not awaiting
| payment, Viva being unreachable (try again later; nothing was written), a
| refund that is not possible. Each renders itself as a form error in the
| request's language (words in resources/lang/{el,en}/payments.json under
| `refusals.<reason>`); JSON clients get 422, or 503 when Viva is down.
*/
import { ReasonedRefusal } from '#exceptions/domain_refusal'

export const PAYMENT_REFUSALS = [
  /** Only a confirmed order awaiting payment is paid. */
  'notPayable',
  /** Viva answered 5xx, timed out or is not configured: nothing changed, try later. */
  'unavailable',
  /** Only a paid order with a Viva transaction is refunded. */
  'notRefundable',
  /** Viva refused the refund. */
  'refundRefused',
  /** A Viva payment is refunded through Viva (the Refund action), not by a bare status change. */
  'refundThroughViva',
] as const

export type PaymentRefusalReason = (typeof PAYMENT_REFUSALS)[number]

export class PaymentRefusal extends ReasonedRefusal<PaymentRefusalReason> {
  static code = 'E_PAYMENT_REFUSED'
  protected readonly namespace = 'payments'

  constructor(reason: PaymentRefusalReason, detail?: string) {
    super(reason, `The payment action was refused: ${reason}${detail ? ` (${detail})` : ''}`)
    this.status = reason === 'unavailable' ? 503 : 422
  }
}
