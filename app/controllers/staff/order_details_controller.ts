import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { statusAxisLabel } from '#domain/status_labels'
import { formatMoney, formatOrderTotals, formatVatRate, orderTotals } from '#domain/money'
import Order from '#models/order'
import type OrderLine from '#models/order_line'
import { currentStaff } from '#services/staff_session_service'
import StaffOrderService from '#services/staff_order_service'
import OrderTimelineQuery from '#queries/order_timeline_query'
import { orderTransitionValidator } from '#validators/order_transition'

/** Staff pages are English; money is formatted by the one money module. */
const money = (cents: number) => formatMoney(cents, 'en')

function lineRow(line: OrderLine) {
  return {
    id: line.id,
    kind: line.kind,
    name: line.name,
    description: line.description,
    sku: line.sku,
    quantity: line.quantity,
    unitPrice: money(line.unitPriceCents),
    total: money(line.lineGrossCents),
    vatRate: formatVatRate(line.vatRateBp),
    priceOverrideReason: line.priceOverrideReason,
  }
}

/** /staff/orders/:id: one order, its status actions and its history. */
@inject()
export default class OrderDetailsController {
  constructor(
    protected orders: StaffOrderService,
    protected timeline: OrderTimelineQuery
  ) {}

  async show({ params, inertia }: HttpContext) {
    const order = await Order.query()
      .where('id', params.id)
      .preload('customer')
      .preload('lines')
      .firstOrFail()

    return inertia.render('staff/orders/show', {
      order: {
        id: order.id,
        orderNumber: order.orderNumber,
        orderStatus: order.orderStatus,
        paymentStatus: order.paymentStatus,
        fulfillmentStatus: order.fulfillmentStatus,
        customer: order.customer
          ? { name: order.customer.fullName, email: order.customer.email }
          : null,
        intake: {
          name: order.intakeName,
          email: order.intakeEmail,
          phone: order.intakePhone,
          useCase: order.useCase,
          budget: order.budgetCents === null ? null : money(order.budgetCents),
        },
        notes: order.notes,
        internalNotes: order.internalNotes,
        claimCode: order.claimCode,
        quoteValidUntil: order.quoteValidUntil?.toISODate() ?? null,
        createdAt: order.createdAt.toISO()!,
        paidAt: order.paidAt?.toISO() ?? null,
        invoiceReference: order.invoiceReference,
        deliveredAt: order.deliveredAt?.toISO() ?? null,
      },
      lines: order.lines.map(lineRow),
      totals: formatOrderTotals(orderTotals(order.lines), 'en'),
      actions: await this.orders.actionsFor(order),
      timeline: await this.timeline.run(order.id),
    })
  }

  async transition(ctx: HttpContext) {
    const order = await Order.findOrFail(ctx.params.id)
    const input = await ctx.request.validateUsing(orderTransitionValidator)
    const updated = await this.orders.transition(order, input, currentStaff(ctx).user)

    const message = `Order ${updated.orderNumber}: ${statusAxisLabel(input.axis, 'en').toLowerCase()} is now ${input.to.replaceAll('_', ' ')}.`
    if (ctx.request.accepts(['html', 'json']) === 'json') {
      return {
        message,
        orderStatus: updated.orderStatus,
        paymentStatus: updated.paymentStatus,
        fulfillmentStatus: updated.fulfillmentStatus,
      }
    }
    ctx.session.flash('success', message)
    return ctx.response.redirect().toRoute('staff.orders.show', { id: order.id })
  }
}
