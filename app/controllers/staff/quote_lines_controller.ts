import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import Order from '#models/order'
import QuoteLinesService from '#services/quote_lines_service'
import { currentStaff } from '#services/staff_session_service'
import {
  catalogLineValidator,
  customLineValidator,
  reorderLinesValidator,
  updateLineValidator,
} from '#validators/quote'

/**
 * The lines of a draft quote: add from the catalog or by hand, edit quantity
 * and price, remove, reorder. QuoteLinesService writes each change in one locked
 * transaction and recomputes the totals; every action comes back to the
 * editor, which shows the new totals.
 */
@inject()
export default class QuoteLinesController {
  constructor(protected lines: QuoteLinesService) {}

  async storeFromCatalog({ params, request, response, session }: HttpContext) {
    const order = await Order.findOrFail(params.id)
    const { kind, catalogId, quantity } = await request.validateUsing(catalogLineValidator)
    const line = await this.lines.addCatalogLine(order, kind, catalogId, quantity)
    session.flash('success', `Added ${line.name}.`)
    return response.redirect().toRoute('staff.quotes.edit', { id: order.id })
  }

  async storeCustom({ params, request, response, session }: HttpContext) {
    const order = await Order.findOrFail(params.id)
    const { unitPrice, ...input } = await request.validateUsing(customLineValidator)
    const line = await this.lines.addCustomLine(order, { ...input, unitPriceCents: unitPrice })
    session.flash('success', `Added ${line.name}.`)
    return response.redirect().toRoute('staff.quotes.edit', { id: order.id })
  }

  async update(ctx: HttpContext) {
    const { params, request, response, session } = ctx
    const order = await Order.findOrFail(params.id)
    const { unitPrice, ...changes } = await request.validateUsing(updateLineValidator)
    const line = await this.lines.updateLine(
      order,
      Number(params.lineId),
      { ...changes, unitPriceCents: unitPrice },
      currentStaff(ctx).user
    )
    session.flash('success', `Updated ${line.name}.`)
    return response.redirect().toRoute('staff.quotes.edit', { id: order.id })
  }

  async destroy({ params, response, session }: HttpContext) {
    const order = await Order.findOrFail(params.id)
    await this.lines.removeLine(order, Number(params.lineId))
    session.flash('success', 'Line removed.')
    return response.redirect().toRoute('staff.quotes.edit', { id: order.id })
  }

  async reorder({ params, request, response }: HttpContext) {
    const order = await Order.findOrFail(params.id)
    const { lineIds } = await request.validateUsing(reorderLinesValidator)
    await this.lines.reorder(order, lineIds)
    return response.redirect().toRoute('staff.quotes.edit', { id: order.id })
  }
}
