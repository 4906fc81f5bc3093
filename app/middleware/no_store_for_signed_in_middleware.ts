import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/**
 * Router-wide, after silent auth (LocaleMiddleware): every response to a
 * signed-in customer or staff member is `Cache-Control: no-store`, so that
 * neither the browser's cache nor a shared proxy keeps a copy of their pages
 * (the back button after logout, a shared computer).
 */
export default class NoStoreForSignedInMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    if (ctx.auth.user) ctx.response.header('Cache-Control', 'no-store')
    return next()
  }
}
