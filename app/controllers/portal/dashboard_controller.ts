import type { HttpContext } from '@adonisjs/core/http'
import Order from '#models/order'
import { formatMoney } from '#domain/money'

/**
 * /portal: welcome, the confirmation banner while the email is unconfirmed,
 * and the customer's own orders (number, status, total).
 */
export default class DashboardController {
  async show({ inertia, auth, locale }: HttpContext) {
    const user = auth.getUserOrFail()
    inertia.encryptHistory()
    const orders = await Order.query()
      .withScopes((scopes) => scopes.ownedBy(user))
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .limit(50)

    return inertia.render('portal/dashboard', {
      emailVerified: user.emailVerifiedAt !== null,
      orders: orders.map((order) => ({
        id: order.publicId,
        number: order.orderNumber,
        status: order.orderStatus,
        paymentStatus: order.paymentStatus,
        total: formatMoney(order.totalGrossCents, locale),
      })),
    })
  }
}
