import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/**
 * Router-wide, after LocaleMiddleware's silent auth: a session whose user has
 * been banned stops working on its next request. The user is logged out, the
 * session emptied and its id replaced, and the request redirected to the
 * login page of their side (staff or customer) with a message. It reads the
 * user that silent auth found: asking the guard again would, for a visitor,
 * throw and catch a second E_UNAUTHORIZED_ACCESS on every request.
 */
export default class BannedUserMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const guard = ctx.auth.use('web')
    const user = guard.user
    if (!user?.bannedAt) return next()

    await guard.logout()
    ctx.session.clear()
    ctx.session.regenerate()
    if (user.isStaff) {
      ctx.session.flash('error', 'This account has been suspended and has been signed out.')
      return ctx.response.redirect('/staff/login')
    }
    ctx.session.flash('error', ctx.i18n.t('auth.banned.signedOut'))
    return ctx.response.redirect('/login')
  }
}
