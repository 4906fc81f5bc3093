import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

const MESSAGES = {
  staff: 'This account has been suspended and has been signed out.',
  el: 'Ο λογαριασμός σας έχει απενεργοποιηθεί και αποσυνδεθήκατε.',
  en: 'Your account has been suspended and you have been signed out.',
}

/**
 * Router-wide, after the auth initializer: a session whose user has been
 * banned stops working on its next request. The user is logged out, the
 * session emptied and its id replaced, and the request redirected to the
 * login page of their side (staff or customer) with a message.
 */
export default class BannedUserMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const guard = ctx.auth.use('web')
    if (!(await guard.check()) || !guard.user?.bannedAt) return next()

    const user = guard.user
    await guard.logout()
    ctx.session.clear()
    ctx.session.regenerate()
    if (user.isStaff) {
      ctx.session.flash('error', MESSAGES.staff)
      return ctx.response.redirect('/staff/login')
    }
    ctx.session.flash('error', user.locale === 'en' ? MESSAGES.en : MESSAGES.el)
    return ctx.response.redirect('/login')
  }
}
