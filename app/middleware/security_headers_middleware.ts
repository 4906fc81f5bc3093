import app from '@adonisjs/core/services/app'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import type { ShieldConfig } from '@adonisjs/shield/types'
import { cspFactory, frameGuardFactory, hstsFactory, noSniffFactory } from '@adonisjs/shield/guards'

/** Where links may send the page's address: the origin only, and never over plain HTTP. */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin'

let guards: ((ctx: HttpContext) => unknown)[] | undefined

/** Shield's header guards, built once from config/shield.ts (CSRF runs per route: CsrfMiddleware). */
function headerGuards() {
  if (!guards) {
    const config = app.config.get<ShieldConfig>('shield')
    guards = [
      cspFactory(config.csp),
      frameGuardFactory(config.xFrame),
      hstsFactory(config.hsts),
      noSniffFactory(config.contentTypeSniffing),
    ]
  }
  return guards
}

/**
 * Server-wide, before the route lookup: the security headers of config/shield.ts
 * (Content-Security-Policy with a fresh nonce, X-Frame-Options, HSTS,
 * X-Content-Type-Options) and Referrer-Policy on every response, including
 * the 404 of an unknown URL and the pages of errors, which never reach the
 * router's middleware. The nonce is `cspNonce` in views (the root layout puts
 * it on Vite's and Inertia's scripts and styles).
 */
export default class SecurityHeadersMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    for (const guard of headerGuards()) await guard(ctx)
    ctx.response.header('Referrer-Policy', REFERRER_POLICY)
    return next()
  }
}
