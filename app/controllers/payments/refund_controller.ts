import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import Order from '#models/order'
import PaymentRefundService from '#services/payment_refund_service'
import { refundValidator } from '#validators/payments'

/** POST /staff/orders/:id/refund (superadmins): refunds the order's Viva payment in full. */
@inject()
export default class RefundController {
  constructor(protected refunds: PaymentRefundService) {}

  async store({ auth, params, request, response, session }: HttpContext) {
    const { reason } = await request.validateUsing(refundValidator)
    const order = await Order.findOrFail(params.id)
    const refunded = await this.refunds.refund(order, auth.getUserOrFail(), reason)
    session.flash('success', `Order ${refunded.orderNumber}: refunded through Viva.`)
    return response.redirect().back()
  }
}
