import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import CustomerOrderQuery from '#queries/customer_order_query'
import PaymentCheckoutService from '#services/payment_checkout_service'
import { createPaymentOrderValidator } from '#validators/payments'

/** POST /payments/create-order: the Pay button; the customer leaves for Viva's checkout page. */
@inject()
export default class CheckoutController {
  constructor(
    protected orders: CustomerOrderQuery,
    protected checkout: PaymentCheckoutService
  ) {}

  async store({ auth, request, response, inertia, i18n }: HttpContext) {
    const customer = auth.getUserOrFail()
    const { orderId } = await request.validateUsing(createPaymentOrderValidator, {
      messagesProvider: i18n.createMessagesProvider(),
    })
    const order = await this.orders.ownOrder(customer, orderId)
    const url = await this.checkout.checkoutUrl(order, customer)
    // Viva's page is another site: Inertia visits leave through a full page load.
    if (request.header('X-Inertia')) return inertia.location(url)
    return response.redirect(url)
  }
}
