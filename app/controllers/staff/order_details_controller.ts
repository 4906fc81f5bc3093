import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { statusAxisLabel } from '#domain/status_labels'
import { STATUS_AXES } from '#domain/statuses'
import { formatOrderTotals, orderTotals } from '#domain/money'
import Order from '#models/order'
import { currentStaff } from '#services/staff_session_service'
import StaffOrderService from '#services/staff_order_service'
import OrderTimelineQuery from '#queries/order_timeline_query'
import OrderActionTransformer from '#transformers/order_action_transformer'
import OrderLineTransformer from '#transformers/order_line_transformer'
import OrderTransformer from '#transformers/order_transformer'
import StatusChangeTransformer, {
  statusChangeMessage,
} from '#transformers/status_change_transformer'
import TimelineEntryTransformer from '#transformers/timeline_entry_transformer'
import { orderTransitionValidator } from '#validators/order_transition'
import { NOTES_MAX_LENGTH, orderNotesValidator } from '#validators/quote'
import OrderPolicy from '#policies/order_policy'
import OrderNotesService from '#services/order_notes_service'

/** /staff/orders/:id: one order, its status actions, its notes and its history. */
@inject()
export default class OrderDetailsController {
  constructor(
    protected orders: StaffOrderService,
    protected notes: OrderNotesService,
    protected timeline: OrderTimelineQuery
  ) {}

  async show({ params, inertia }: HttpContext) {
    const order = await Order.findWithLines(params.id)
    return inertia.render('staff/orders/show', {
      order: OrderTransformer.transform(order).useVariant('forOrderPage'),
      axes: STATUS_AXES.map((axis) => ({ value: axis, label: statusAxisLabel(axis, 'en') })),
      lines: OrderLineTransformer.transform(order.lines),
      totals: formatOrderTotals(orderTotals(order.lines), 'en'),
      actions: OrderActionTransformer.transform(await this.orders.actionsFor(order), order),
      timeline: TimelineEntryTransformer.transform(await this.timeline.run(order.id)),
      notesMaxLength: NOTES_MAX_LENGTH,
    })
  }

  /** The customer-visible notes and the internal ones (staff flow 5), audited by the service. */
  async updateNotes(ctx: HttpContext) {
    const order = await Order.findOrFail(ctx.params.id)
    await ctx.bouncer.with(OrderPolicy).authorize('updateNotes', order)
    const notes = await ctx.request.validateUsing(orderNotesValidator)
    await this.notes.update(order, notes, currentStaff(ctx).user)
    ctx.session.flash('success', `Notes of ${order.orderNumber} saved.`)
    return ctx.response.redirect().toRoute('staff.orders.show', { id: order.id })
  }

  async transition(ctx: HttpContext) {
    const order = await Order.findOrFail(ctx.params.id)
    const input = await ctx.request.validateUsing(orderTransitionValidator)
    const updated = await this.orders.transition(order, input, currentStaff(ctx).user)

    const change = { order: updated, axis: input.axis, to: input.to }
    if (ctx.request.accepts(['html', 'json']) === 'json') {
      return ctx.serialize(StatusChangeTransformer.transform(change))
    }
    ctx.session.flash('success', statusChangeMessage(change))
    return ctx.response.redirect().toRoute('staff.orders.show', { id: order.id })
  }
}
