import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { manageStaff } from '#abilities/main'
import { currentStaff } from '#services/staff_session_service'
import DashboardStatsQuery from '#queries/dashboard_stats_query'
import { formatDay, formatMonth } from '#domain/date_format'
import { formatMoney } from '#domain/money'
import { statusAxisLabel, statusLabel } from '#domain/status_labels'
import { STATUS_AXES } from '#domain/statuses'

/** Windows of the dashboard's lists, in days (shown in the headings). */
const EXPIRING_WITHIN_DAYS = 3
const POPULAR_DAYS = 90

/** /staff: the back office home, the shop's figures (SPEC §5, staff flow 6) and its sections. */
@inject()
export default class DashboardController {
  constructor(protected dashboardStats: DashboardStatsQuery) {}

  async show(ctx: HttpContext) {
    const { user } = currentStaff(ctx)
    const canManageStaff = await ctx.bouncer.allows(manageStaff)
    const stats = await this.dashboardStats.run({
      expiringWithinDays: EXPIRING_WITHIN_DAYS,
      popularDays: POPULAR_DAYS,
    })
    // Money is formatted here, by the one money module; staff pages are English.
    const money = (cents: number) => formatMoney(cents, 'en')

    const sections = [
      {
        title: 'Orders',
        href: '/staff/orders',
        text: 'Quotes, payments and fulfilment of every order.',
      },
      {
        title: 'Catalog',
        href: '/staff/catalog',
        text: 'Components, services, warranties, shipping and prices.',
      },
      ...(canManageStaff
        ? [
            {
              title: 'Users',
              href: '/staff/users',
              text: 'Staff and customer accounts: roles, bans, two-factor resets.',
            },
          ]
        : []),
    ]

    return ctx.inertia.render('staff/dashboard', {
      firstName: user.firstName,
      sections,
      today: stats.today,
      todayLabel: formatDay(stats.today),
      // Each axis with its statuses in words, in the order of ordersByStatus.
      axes: STATUS_AXES.map((axis) => ({
        value: axis,
        label: statusAxisLabel(axis, 'en'),
        statuses: Object.keys(stats.ordersByStatus[axis]).map((status) => ({
          value: status,
          label: statusLabel(axis, status, 'en'),
        })),
      })),
      expiringWithinDays: EXPIRING_WITHIN_DAYS,
      popularDays: POPULAR_DAYS,
      ordersByStatus: stats.ordersByStatus,
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
      popularComponents: stats.popularComponents,
      expiringQuotes: stats.expiringQuotes.map((quote) => ({
        ...quote,
        orderStatusLabel: statusLabel('orderStatus', quote.orderStatus, 'en'),
        validUntil: formatDay(quote.quoteValidUntil),
        total: money(quote.totalGrossCents),
      })),
    })
  }
}
