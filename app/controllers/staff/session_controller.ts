import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import router from '@adonisjs/core/services/router'
import { staffEmailDomain } from '#validators/auth'
import { staffLoginValidator } from '#validators/staff'
import StaffLoginService from '#services/staff_login_service'
import StaffSessionService, {
  STAFF_HOME_ROUTE,
  STAFF_LOGIN_ROUTE,
  STAFF_STEP_ROUTES,
} from '#services/staff_session_service'
import { formError } from '#services/form_errors'

/** Session key: the next staff login page render clears the browser history. */
const CLEAR_HISTORY_FLASH = 'staffClearHistory'

/**
 * /staff/login and /staff/logout. A correct password starts the sign-in
 * sequence (see StaffSessionService); it does not log in by itself.
 */
@inject()
export default class SessionController {
  constructor(
    protected staffLogin: StaffLoginService,
    protected staffSession: StaffSessionService
  ) {}

  async create({ inertia, session }: HttpContext) {
    if (session.flashMessages.get(CLEAR_HISTORY_FLASH)) inertia.clearHistory()
    return inertia.render('staff/login', { emailDomain: staffEmailDomain() })
  }

  async store(ctx: HttpContext) {
    const { request, response, session } = ctx
    const { email, password } = await request.validateUsing(staffLoginValidator)

    const result = await this.staffLogin.attempt(email, password, request.ip())
    if (!result.ok) throw formError(result.field, result.message)

    this.staffSession.startPending(ctx, result.user)
    const step = await this.staffSession.stepFor(result.user, false)
    if (!step) return response.redirect().toRoute(STAFF_HOME_ROUTE)
    // The email confirmation link opened before signing in (another browser):
    // back to it once its step is due. Other remembered pages wait for the
    // end of the sequence (TwoFactorChallengeController).
    const intended = session.getIntendedUrl()
    if (intended?.startsWith(`${router.urlBuilder.urlFor(STAFF_STEP_ROUTES[step])}/`)) {
      session.clearIntendedUrl()
      return response.redirect(intended)
    }
    return response.redirect().toRoute(STAFF_STEP_ROUTES[step])
  }

  async destroy(ctx: HttpContext) {
    await this.staffSession.logout(ctx)
    ctx.session.flash('success', 'You have been signed out.')
    ctx.session.flash(CLEAR_HISTORY_FLASH, true)
    return ctx.response.redirect().toRoute(STAFF_LOGIN_ROUTE)
  }
}
