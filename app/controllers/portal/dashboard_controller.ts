import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { customerNextStep, needsCustomer } from '#domain/customer_next_step'
import type { Locale } from '#domain/statuses'
import CustomerOrdersQuery from '#queries/customer_orders_query'
import CustomerOrderTransformer from '#transformers/customer_order_transformer'

/**
 * /portal: welcome, the confirmation banner while the email is unconfirmed,
 * and the customer's own orders, those waiting for the customer (accept,
 * pay) first, each linking to its page.
 */
@inject()
export default class DashboardController {
  constructor(protected customerOrders: CustomerOrdersQuery) {}

  async show({ inertia, auth, locale }: HttpContext) {
    const user = auth.getUserOrFail()
    inertia.encryptHistory()
    const orders = await this.customerOrders.run(user)
    const waiting = (order: (typeof orders)[number]) => needsCustomer(customerNextStep(order))
    // A stable sort: newest first within each group.
    orders.sort((a, b) => Number(waiting(b)) - Number(waiting(a)))

    return inertia.render('portal/dashboard', {
      emailVerified: user.emailVerifiedAt !== null,
      orders: CustomerOrderTransformer.transform(orders, locale as Locale),
    })
  }
}
