import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import type { Locale } from '#domain/statuses'
import CustomerOrderQuery from '#queries/customer_order_query'
import CustomerOrdersQuery from '#queries/customer_orders_query'
import QuoteDecisionService from '#services/quote_decision_service'
import CustomerOrderTransformer from '#transformers/customer_order_transformer'
import CustomerTimelineEntryTransformer from '#transformers/customer_timeline_entry_transformer'
import { acceptQuoteValidator, declineQuoteValidator } from '#validators/customer_orders'

/**
 * /portal/orders and /portal/orders/:orderId (the order's public UUID): the
 * customer's own orders only. Another customer's order and one that does not
 * exist are the same 404 (CustomerOrderQuery.ownOrder).
 */
@inject()
export default class OrdersController {
  constructor(
    protected orders: CustomerOrderQuery,
    protected customerOrders: CustomerOrdersQuery,
    protected decisions: QuoteDecisionService
  ) {}

  async index({ inertia, auth, locale }: HttpContext) {
    inertia.encryptHistory()
    const customer = auth.getUserOrFail()
    const orders = await this.customerOrders.run(customer)
    return inertia.render('portal/orders/index', {
      emailVerified: customer.emailVerifiedAt !== null,
      orders: CustomerOrderTransformer.transform(orders, locale as Locale),
    })
  }

  async show({ inertia, auth, locale, params }: HttpContext) {
    inertia.encryptHistory()
    const customer = auth.getUserOrFail()
    const { order, timeline } = await this.orders.orderPage(customer, String(params.orderId))
    return inertia.render('portal/orders/show', {
      emailVerified: customer.emailVerifiedAt !== null,
      order: CustomerOrderTransformer.transform(order, locale as Locale).useVariant('forOrderPage'),
      timeline: CustomerTimelineEntryTransformer.rows(timeline, locale as Locale, customer),
    })
  }

  async accept(ctx: HttpContext) {
    const { auth, params, request, response, session, i18n } = ctx
    const customer = auth.getUserOrFail()
    const order = await this.orders.ownOrder(customer, String(params.orderId))
    await request.validateUsing(acceptQuoteValidator, {
      messagesProvider: i18n.createMessagesProvider(),
    })
    await this.decisions.accept(order, customer)
    session.flash('success', i18n.t('orders.accepted'))
    return response.redirect().toRoute('portal.orders.show', { orderId: order.publicId })
  }

  async decline(ctx: HttpContext) {
    const { auth, params, request, response, session, i18n } = ctx
    const customer = auth.getUserOrFail()
    const order = await this.orders.ownOrder(customer, String(params.orderId))
    const { reason } = await request.validateUsing(declineQuoteValidator, {
      messagesProvider: i18n.createMessagesProvider(),
    })
    await this.decisions.decline(order, customer, reason ?? null)
    session.flash('success', i18n.t('orders.declined'))
    return response.redirect().toRoute('portal.orders.show', { orderId: order.publicId })
  }
}
