import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { orderListValidator } from '#validators/order_list'
import OrderListQuery from '#queries/order_list_query'
import { formatMoney } from '#domain/money'
import { FULFILLMENT_STATUSES, ORDER_STATUSES, PAYMENT_STATUSES } from '#domain/statuses'
import { FULFILLMENT_NOT_STARTED } from '#domain/order_lifecycle'
import { listQuery } from '#validators/list_query'

/** The options of the list's three status filters. */
const STATUSES = {
  orderStatus: [...ORDER_STATUSES],
  paymentStatus: [...PAYMENT_STATUSES],
  fulfillmentStatus: [FULFILLMENT_NOT_STARTED, ...FULFILLMENT_STATUSES],
}

/** /staff/orders: filter, search, sort and page through every order. */
@inject()
export default class OrdersController {
  constructor(protected orderList: OrderListQuery) {}

  async index({ request, inertia }: HttpContext) {
    const params = await request.validateUsing(orderListValidator, { data: listQuery(request) })
    const { rows, meta, counts, params: applied } = await this.orderList.run(params)
    // Money is formatted here, by the one money module; staff pages are English.
    const orders = rows.map((row) => ({ ...row, total: formatMoney(row.totalGrossCents, 'en') }))
    return inertia.render('staff/orders/index', {
      orders,
      meta,
      statuses: STATUSES,
      counts,
      params: applied,
    })
  }
}
