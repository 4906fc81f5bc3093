import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import {
  currentStaff,
  STAFF_HOME_ROUTE,
  STAFF_STEP_ROUTES,
  type StaffStep,
} from '#services/staff_session_service'

/**
 * Second check (after StaffAuthMiddleware): the sign-in sequence is complete.
 *
 * Without options (the back office): any pending step (new password, email
 * confirmation, TOTP enrolment, TOTP challenge) answers with a redirect to
 * that step. With `{ step }` (the step's own pages): the page is served only
 * while it is the current step; otherwise it redirects to the current step,
 * or to /staff when nothing is pending.
 */
export default class StaffFirstLoginMiddleware {
  async handle(ctx: HttpContext, next: NextFn, options: { step?: StaffStep } = {}) {
    const { step } = currentStaff(ctx)
    if (options.step) {
      if (step === options.step) return next()
      return ctx.response.redirect().toRoute(step ? STAFF_STEP_ROUTES[step] : STAFF_HOME_ROUTE)
    }
    if (step) return ctx.response.redirect().toRoute(STAFF_STEP_ROUTES[step])
    return next()
  }
}
