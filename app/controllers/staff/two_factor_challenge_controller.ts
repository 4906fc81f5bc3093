import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import ActivityLogService, { userSubject } from '#services/activity_log_service'
import StaffSessionService, {
  currentStaff,
  STAFF_HOME_ROUTE,
  STAFF_STEP_ROUTES,
} from '#services/staff_session_service'
import TwoFactorService from '#services/two_factor_service'
import { staffTwoFactorCodeValidator } from '#validators/staff'

/**
 * /staff/two-factor: the second factor of every sign-in after the first, a
 * TOTP code or one of the recovery codes. Wrong codes count per user (5 per
 * 5 minutes, then blocked for 15).
 */
@inject()
export default class TwoFactorChallengeController {
  constructor(
    protected staffSession: StaffSessionService,
    protected twoFactor: TwoFactorService,
    protected activity: ActivityLogService
  ) {}

  async show(ctx: HttpContext) {
    const { user } = currentStaff(ctx)
    return ctx.inertia.render('staff/two_factor', { email: user.email })
  }

  async verify(ctx: HttpContext) {
    const { request, response, session } = ctx
    const staff = currentStaff(ctx)
    const { code } = await request.validateUsing(staffTwoFactorCodeValidator)
    const result = await this.twoFactor.passChallenge(staff.user, code)

    if (result.method === 'recovery_code') {
      await this.activity.record({
        actor: staff.user,
        action: 'staff.two_factor.recovery_code_used',
        subject: userSubject(staff.user),
        metadata: { remaining: result.remaining },
        ip: request.ip(),
      })
    }

    // Second factor passed: now logged in, with a new session id.
    await this.staffSession.completeLogin(ctx, staff.user)

    if (result.method === 'recovery_code') {
      session.flash(
        'success',
        result.remaining <= 3
          ? `Recovery code accepted. Only ${result.remaining} left: create new ones in Settings.`
          : `Recovery code accepted. ${result.remaining} codes left.`
      )
    }

    const step = await this.staffSession.stepFor(staff.user, true)
    if (step) return response.redirect().toRoute(STAFF_STEP_ROUTES[step])
    const intended = session.pullIntendedUrl()
    if (intended?.startsWith('/staff')) return response.redirect(intended)
    return response.redirect().toRoute(STAFF_HOME_ROUTE)
  }
}
