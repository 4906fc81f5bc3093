import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { manageStaff } from '#abilities/main'
import { currentStaff } from '#services/staff_session_service'
import DashboardStatsQuery from '#queries/dashboard_stats_query'
import DashboardStatsTransformer from '#transformers/dashboard_stats_transformer'

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
      expiringWithinDays: EXPIRING_WITHIN_DAYS,
      popularDays: POPULAR_DAYS,
      stats: DashboardStatsTransformer.transform(stats),
    })
  }
}
