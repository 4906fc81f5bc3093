import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import type { Authenticators } from '@adonisjs/auth/types'

/**
 * Keeps logged-in users away from guest-only pages (login, register): each
 * goes to their own home, customers to the portal and staff to the back office.
 */
export default class GuestMiddleware {
  async handle(
    ctx: HttpContext,
    next: NextFn,
    options: { guards?: (keyof Authenticators)[] } = {}
  ) {
    for (const guard of options.guards || [ctx.auth.defaultGuard]) {
      if (await ctx.auth.use(guard).check()) {
        const home = ctx.auth.use(guard).user?.isStaff ? '/staff' : '/portal'
        return ctx.response.redirect(home, true)
      }
    }
    return next()
  }
}
