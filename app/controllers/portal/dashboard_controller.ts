import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { formatMoney } from '#domain/money'
import CustomerOrdersQuery from '#queries/customer_orders_query'

/**
 * /portal: welcome, the confirmation banner while the email is unconfirmed,
 * and the customer's own orders (number, status, total).
 */
@inject()
export default class DashboardController {
  constructor(protected customerOrders: CustomerOrdersQuery) {}

  async show({ inertia, auth, locale }: HttpContext) {
    const user = auth.getUserOrFail()
    inertia.encryptHistory()
    const orders = await this.customerOrders.run(user)

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
