import type { HttpContext } from '@adonisjs/core/http'
import { orderListValidator } from '#validators/order_list'
import OrderListQuery from '#services/order_list_query'
import { formatMoney } from '#domain/money'

/** /staff/orders: filter, search, sort and page through every order. */
export default class OrdersController {
  async index({ request, inertia }: HttpContext) {
    const params = await request.validateUsing(orderListValidator, { data: request.qs() })
    const { rows, meta, counts, params: applied } = await new OrderListQuery().run(params)
    // Money is formatted here, by the one money module; staff pages are English.
    const orders = rows.map((row) => ({ ...row, total: formatMoney(row.totalGrossCents, 'en') }))
    return inertia.render('staff/orders/index', { orders, meta, counts, params: applied })
  }
}
