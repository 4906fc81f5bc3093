import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import StaffSessionService, {
  STAFF_HOME_ROUTE,
  STAFF_STEP_ROUTES,
} from '#services/staff_session_service'

/**
 * The staff login page is for people not signed in: a staff member already
 * signing in continues at their current step (or the back office), and a
 * logged-in customer goes back to the portal.
 */
@inject()
export default class StaffGuestMiddleware {
  constructor(protected staffSession: StaffSessionService) {}

  async handle(ctx: HttpContext, next: NextFn) {
    const identity = await this.staffSession.identify(ctx)
    if (identity.kind === 'staff') {
      const step = await this.staffSession.stepFor(identity.user, identity.twoFactorPassed)
      return ctx.response.redirect().toRoute(step ? STAFF_STEP_ROUTES[step] : STAFF_HOME_ROUTE)
    }
    if (this.staffSession.turnAway(ctx, identity)) return
    return next()
  }
}
