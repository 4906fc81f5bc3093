import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { orderTotals } from '#domain/money'
import type Order from '#models/order'
import OrderLine from '#models/order_line'

/**
 * Recomputes an order's cached totals from its lines, in integer cents, after
 * any line changes. The cache is what lists and dashboards read; the lines stay
 * the source of truth.
 */
export default class OrderTotalsService {
  async recalculate(order: Order, client?: TransactionClientContract) {
    const lines = await OrderLine.query({ client }).where('orderId', order.id)
    const totals = orderTotals(
      lines.map((line) => ({
        unitPriceCents: line.unitPriceCents,
        quantity: line.quantity,
        vatRateBp: line.vatRateBp,
      }))
    )
    if (client) order.useTransaction(client)
    order.merge({
      totalNetCents: totals.net,
      totalVatCents: totals.vat,
      totalGrossCents: totals.gross,
    })
    await order.save()
    return totals
  }
}
