import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import type { Locale } from '#domain/statuses'
import Order from '#models/order'
import PaymentConfirmationService from '#services/payment_confirmation_service'
import VivaClient, { VivaUnavailableError } from '#services/viva_client'
import PaymentResultTransformer, {
  type PaymentPageOutcome,
} from '#transformers/payment_result_transformer'
import { paymentReturnValidator } from '#validators/payments'

/**
 * Where Viva sends the customer back: /payment/success and /payment/failure.
 * The success page asks Viva about the transaction named in the query and
 * records the payment only when Viva's answer matches the signed-in
 * customer's order (PaymentConfirmationService); whatever the query says
 * otherwise is not read. The failure page changes nothing and offers to pay
 * again.
 */
@inject()
export default class ReturnController {
  constructor(
    protected viva: VivaClient,
    protected confirmations: PaymentConfirmationService
  ) {}

  async success({ auth, request, inertia, locale }: HttpContext) {
    const customer = auth.getUserOrFail()
    const query = await paymentReturnValidator
      .validate(request.qs())
      .catch(() => ({ t: undefined }))
    let outcome: PaymentPageOutcome = 'rejected'
    let order: Order | null = null
    if (query.t) {
      try {
        const transaction = await this.viva.transaction(query.t)
        if (transaction) {
          const result = await this.confirmations.confirm(transaction, { customer })
          outcome = result.outcome === 'unknownOrder' ? 'rejected' : result.outcome
          // Only the customer's own order is named on the page.
          order = result.order?.customerId === customer.id ? result.order : null
        }
      } catch (error) {
        if (!(error instanceof VivaUnavailableError)) throw error
        outcome = 'pending'
      }
    }
    return inertia.render('public/payment/success', {
      outcome,
      order: order ? PaymentResultTransformer.transform(order, locale as Locale) : null,
    })
  }

  async failure({ auth, request, inertia, locale }: HttpContext) {
    const customer = auth.getUserOrFail()
    const query = await paymentReturnValidator
      .validate(request.qs())
      .catch(() => ({ s: undefined }))
    const order = query.s
      ? await Order.query()
          .withScopes((scopes) => scopes.ownedBy(customer))
          .where('vivaOrderCode', query.s)
          .first()
      : null
    return inertia.render('public/payment/failure', {
      order: order ? PaymentResultTransformer.transform(order, locale as Locale) : null,
    })
  }
}
