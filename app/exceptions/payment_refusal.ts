/*
| What the payment actions refuse: paying an order that is not awaiting
| payment, Viva being unreachable (try again later; nothing was written), a
| refund that is not possible. Each renders itself as a form error in the
| request's language (words in resources/lang/{el,en}/payments.json under
| `refusals.<reason>`); JSON clients get 422, or 503 when Viva is down.
*/
import type { HttpContext } from '@adonisjs/core/http'
import DomainRefusal from '#exceptions/domain_refusal'

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

export class PaymentRefusal extends DomainRefusal {
  static code = 'E_PAYMENT_REFUSED'
  readonly field = 'form'
  readonly rule: string

  constructor(
    readonly reason: PaymentRefusalReason,
    detail?: string
  ) {
    super(`The payment action was refused: ${reason}${detail ? ` (${detail})` : ''}`)
    this.rule = reason
    this.status = reason === 'unavailable' ? 503 : 422
  }

  async handle(error: this, ctx: HttpContext) {
    error.message = ctx.i18n.t(`payments.refusals.${error.reason}`)
    return super.handle(error, ctx)
  }
}
