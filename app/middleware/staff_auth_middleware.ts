import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import StaffSessionService, { STAFF_LOGIN_ROUTE } from '#services/staff_session_service'

/**
 * First check of every /staff route behind the sign-in: who is this?
 *
 * - a staff member, logged in (second factor passed) or signing in (password
 *   ok, marker in the session): continue, with `ctx.staff` set;
 * - a logged-in customer: redirected to their portal with a message, since
 *   customers never reach /staff;
 * - anyone else: redirected to /staff/login (a GET page is remembered and
 *   opened again once signed in, e.g. the email confirmation link).
 */
@inject()
export default class StaffAuthMiddleware {
  constructor(protected staffSession: StaffSessionService) {}

  async handle(ctx: HttpContext, next: NextFn) {
    const identity = await this.staffSession.identify(ctx)

    if (identity.kind !== 'staff') {
      if (this.staffSession.turnAway(ctx, identity)) return
      if (ctx.request.method() === 'GET' && !ctx.request.ajax()) {
        ctx.session.setIntendedUrl(ctx.request.url(true))
      }
      return ctx.response.redirect().toRoute(STAFF_LOGIN_ROUTE)
    }

    ctx.staff = {
      user: identity.user,
      twoFactorPassed: identity.twoFactorPassed,
      step: await this.staffSession.stepFor(identity.user, identity.twoFactorPassed),
    }
    return next()
  }
}
