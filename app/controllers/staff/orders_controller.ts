import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { orderListValidator } from '#validators/order_list'
import OrderListQuery from '#queries/order_list_query'
import { statusAxisLabel, statusLabel } from '#domain/status_labels'
import {
  FULFILLMENT_STATUSES,
  ORDER_STATUSES,
  PAYMENT_STATUSES,
  type StatusAxis,
} from '#domain/statuses'
import { FULFILLMENT_NOT_STARTED } from '#domain/order_lifecycle'
import OrderListRowTransformer from '#transformers/order_list_row_transformer'
import { listQuery } from '#validators/list_query'

/** The list's three status filters: each axis's name and its statuses in words. */
function describeStatusFilters() {
  const options = (axis: StatusAxis, values: readonly string[]) => ({
    axis,
    label: statusAxisLabel(axis, 'en'),
    options: values.map((value) => ({ value, label: statusLabel(axis, value, 'en') })),
  })
  return [
    options('orderStatus', ORDER_STATUSES),
    options('paymentStatus', PAYMENT_STATUSES),
    options('fulfillmentStatus', [FULFILLMENT_NOT_STARTED, ...FULFILLMENT_STATUSES]),
  ]
}

/** The same on every request (English words of fixed lists): built once. */
let statusFilters: ReturnType<typeof describeStatusFilters> | undefined

/** /staff/orders: filter, search, sort and page through every order. */
@inject()
export default class OrdersController {
  constructor(protected orderList: OrderListQuery) {}

  async index({ request, inertia }: HttpContext) {
    const params = await request.validateUsing(orderListValidator, { data: listQuery(request) })
    const { rows, meta, counts, params: applied } = await this.orderList.run(params)
    return inertia.render('staff/orders/index', {
      orders: OrderListRowTransformer.rows(rows),
      meta,
      statuses: (statusFilters ??= describeStatusFilters()),
      counts,
      params: applied,
    })
  }
}
