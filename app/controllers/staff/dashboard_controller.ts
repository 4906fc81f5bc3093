import type { HttpContext } from '@adonisjs/core/http'
import { manageStaff } from '#abilities/main'
import { currentStaff } from '#services/staff_session_service'

/** /staff: the back office home. Orders and catalog are the next sections to build. */
export default class DashboardController {
  async show(ctx: HttpContext) {
    const { user } = currentStaff(ctx)
    const canManageStaff = await ctx.bouncer.allows(manageStaff)
    const sections = [
      {
        title: 'Orders',
        href: '/staff/orders',
        text: 'Quotes, payments and fulfilment of every order.',
        available: true,
      },
      {
        title: 'Catalog',
        href: '/staff/catalog',
        text: 'Components, services, warranties, shipping and prices.',
        available: false,
      },
      ...(canManageStaff
        ? [
            {
              title: 'Users',
              href: '/staff/users',
              text: 'Staff and customer accounts: roles, bans, two-factor resets.',
              available: true,
            },
          ]
        : []),
    ]
    return ctx.inertia.render('staff/dashboard', { firstName: user.firstName, sections })
  }
}
