import type { HttpContext } from '@adonisjs/core/http'
import Order from '#models/order'
import { quoteAction } from '#services/quote_editor_errors'
import QuoteService from '#services/quote_service'
import { currentStaff } from '#services/staff_session_service'
import {
  catalogLineValidator,
  customLineValidator,
  reorderLinesValidator,
  updateLineValidator,
} from '#validators/quote'

/**
 * The lines of a draft quote: add from the catalog or by hand, edit quantity
 * and price, remove, reorder. QuoteService writes each change in one locked
 * transaction and recomputes the totals; every action comes back to the
 * editor, which shows the new totals.
 */
export default class QuoteLinesController {
  #quotes = new QuoteService()

  async storeFromCatalog({ params, request, response, session }: HttpContext) {
    const order = await Order.findOrFail(params.id)
    const { kind, catalogId, quantity } = await request.validateUsing(catalogLineValidator)
    const line = await quoteAction(
      () => this.#quotes.addCatalogLine(order, kind, catalogId, quantity),
      { missingRow: { field: 'catalogId', message: 'This item is not in the catalog.' } }
    )
    session.flash('success', `Added ${line.name}.`)
    return response.redirect().toRoute('staff.quotes.edit', { id: order.id })
  }

  async storeCustom({ params, request, response, session }: HttpContext) {
    const order = await Order.findOrFail(params.id)
    const { unitPrice, ...input } = await request.validateUsing(customLineValidator)
    const line = await quoteAction(() =>
      this.#quotes.addCustomLine(order, { ...input, unitPriceCents: unitPrice })
    )
    session.flash('success', `Added ${line.name}.`)
    return response.redirect().toRoute('staff.quotes.edit', { id: order.id })
  }

  async update(ctx: HttpContext) {
    const { params, request, response, session } = ctx
    const order = await Order.findOrFail(params.id)
    const { unitPrice, ...changes } = await request.validateUsing(updateLineValidator)
    const line = await quoteAction(() =>
      this.#quotes.updateLine(
        order,
        Number(params.lineId),
        { ...changes, unitPriceCents: unitPrice },
        currentStaff(ctx).user
      )
    )
    session.flash('success', `Updated ${line.name}.`)
    return response.redirect().toRoute('staff.quotes.edit', { id: order.id })
  }

  async destroy({ params, response, session }: HttpContext) {
    const order = await Order.findOrFail(params.id)
    await quoteAction(() => this.#quotes.removeLine(order, Number(params.lineId)))
    session.flash('success', 'Line removed.')
    return response.redirect().toRoute('staff.quotes.edit', { id: order.id })
  }

  async reorder({ params, request, response }: HttpContext) {
    const order = await Order.findOrFail(params.id)
    const { lineIds } = await request.validateUsing(reorderLinesValidator)
    await quoteAction(() => this.#quotes.reorder(order, lineIds))
    return response.redirect().toRoute('staff.quotes.edit', { id: order.id })
  }
}
