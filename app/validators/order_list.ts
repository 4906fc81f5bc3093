/*
| Query string of the staff order list:
| `?orderStatus=&paymentStatus=&fulfillmentStatus=&q=&customer=&sort=&direction=&page=&perPage=`.
| `fulfillmentStatus=none` selects the orders whose fulfilment has not started.
| Defaults (applied by OrderListQuery): newest first, page 1, 25 per page.
*/
import vine from '@vinejs/vine'
import type { Infer } from '@vinejs/vine/types'
import { FULFILLMENT_STATUSES, ORDER_STATUSES, PAYMENT_STATUSES } from '#domain/statuses'
import { FULFILLMENT_NOT_STARTED } from '#domain/order_lifecycle'
import { catalogMessages } from '#validators/catalog'

export const ORDER_LIST_SORTS = ['created_at', 'order_number', 'total', 'customer'] as const
export type OrderListSort = (typeof ORDER_LIST_SORTS)[number]

export const ORDER_LIST_MAX_PER_PAGE = 100

export const orderListValidator = vine.create({
  orderStatus: vine.enum(ORDER_STATUSES).optional(),
  paymentStatus: vine.enum(PAYMENT_STATUSES).optional(),
  fulfillmentStatus: vine
    .enum([...FULFILLMENT_STATUSES, FULFILLMENT_NOT_STARTED] as const)
    .optional(),
  q: vine.string().trim().maxLength(100).optional(),
  /** A customer's account id: only the orders they claimed. */
  customer: vine.number().withoutDecimals().range([1, 2_147_483_647]).optional(),
  sort: vine.enum(ORDER_LIST_SORTS).optional(),
  direction: vine.enum(['asc', 'desc'] as const).optional(),
  page: vine.number().withoutDecimals().range([1, 100_000]).optional(),
  perPage: vine.number().withoutDecimals().range([1, ORDER_LIST_MAX_PER_PAGE]).optional(),
})
orderListValidator.messagesProvider = catalogMessages
export type OrderListParams = Infer<typeof orderListValidator>
