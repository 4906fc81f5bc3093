import { BaseTransformer } from '@adonisjs/core/transformers'
import { formatDay, formatMonth } from '#domain/date_format'
import { formatMoney } from '#domain/money'
import { statusAxisLabel, statusLabel } from '#domain/status_labels'
import { STATUS_AXES } from '#domain/statuses'
import type { DashboardStats } from '#queries/dashboard_stats_query'

/** Staff pages are English; amounts come formatted by the money module. */
const money = (cents: number) => formatMoney(cents, 'en')

/** The staff dashboard's figures, in words and formatted amounts and dates. */
export default class DashboardStatsTransformer extends BaseTransformer<DashboardStats> {
  toObject() {
    const stats = this.resource
    return {
      ...this.pick(stats, ['today', 'ordersByStatus', 'popularComponents']),
      todayLabel: formatDay(stats.today),
      // Each axis with its statuses in words and their counts, in the order of ordersByStatus.
      axes: STATUS_AXES.map((axis) => ({
        value: axis,
        label: statusAxisLabel(axis, 'en'),
        statuses: Object.entries(stats.ordersByStatus[axis]).map(([status, count]) => ({
          value: status,
          label: statusLabel(axis, status, 'en'),
          count,
        })),
      })),
      revenueByMonth: stats.revenueByMonth.map((month) => ({
        ...month,
        label: formatMonth(month.month),
        revenue: money(month.revenueCents),
      })),
      revenue: {
        ...stats.revenue,
        total: money(stats.revenue.totalCents),
        averageOrderValue: money(stats.revenue.averageOrderValueCents),
      },
      expiringQuotes: stats.expiringQuotes.map((quote) => ({
        ...quote,
        orderStatusLabel: statusLabel('orderStatus', quote.orderStatus, 'en'),
        validUntil: formatDay(quote.quoteValidUntil),
        total: money(quote.totalGrossCents),
      })),
    }
  }
}
