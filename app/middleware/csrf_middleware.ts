import { createHmac, createSecretKey } from 'node:crypto'
import app from '@adonisjs/core/services/app'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { errors } from '@adonisjs/shield'
import type { ShieldConfig } from '@adonisjs/shield/types'
import Tokens from 'csrf'
import edge from 'edge.js'
import { appKey } from '#config/app'
import { BoundedMemo } from '#domain/bounded_memo'

/** Cookie the client reads and sends back as the X-XSRF-TOKEN header (Inertia does). */
export const XSRF_COOKIE = 'XSRF-TOKEN'

/** Where Shield kept the secret in the session; sessions that hold one keep using it. */
const SESSION_SECRET_KEY = 'csrf-secret'

const tokens = new Tokens()
const config = app.config.get<ShieldConfig>('shield').csrf
const checkedMethods = new Set((config.methods ?? []).map((method) => method.toUpperCase()))
const exceptRoutes = Array.isArray(config.exceptRoutes) ? config.exceptRoutes : []
// Built once: an HMAC key object, not the key's bytes prepared again on every request.
const secretKey = createSecretKey(Buffer.from(`csrf:${appKey.release()}`))

/**
 * Derived secrets by session id: a signed-in browser sends the same id with
 * every request, and the HMAC was 1 % of the CPU of the staff order list.
 * Capacity: more than the sessions active at once.
 */
const derivedSecrets = new BoundedMemo<string>(10_000)

/**
 * The CSRF secret of a session: one the session holds (Shield's, from before,
 * or the one tests put there), else derived from the session id with the
 * app key. Derived, it needs no storage: an anonymous visitor gets a working
 * token without a sessions row (the id lives in the signed session cookie),
 * and signing in, which gives the session a new id, gives it a new secret.
 */
function secretOf(session: HttpContext['session']) {
  const stored = session.get(SESSION_SECRET_KEY)
  if (typeof stored === 'string' && stored) return stored
  return derivedSecrets.get(session.sessionId, () =>
    createHmac('sha256', secretKey).update(session.sessionId).digest('base64url')
  )
}

/**
 * Whether an XSRF-TOKEN cookie is valid for its session's secret. A browser
 * sends the same cookie with every request, and checking it (two HMACs in the
 * csrf package's constant-time compare) was 2.5 % of the CPU of the staff
 * order list; the answer only decides whether to send a new cookie. Requests
 * that change state are checked in full, always. Capacity: more than the
 * browsers using the app at once.
 */
const cookieChecks = new BoundedMemo<boolean>(10_000)

function isValidCookie(secret: string, cookie: string | null) {
  if (!cookie) return false
  return cookieChecks.get(`${secret}\u0000${cookie}`, () => tokens.verify(secret, cookie))
}

/** The token a form field, the X-CSRF-TOKEN header or the X-XSRF-TOKEN header carries. */
function tokenOf({ request }: HttpContext) {
  const token =
    request.input('_csrf') ?? request.header('x-csrf-token') ?? request.header('x-xsrf-token')
  return typeof token === 'string' ? decodeURIComponent(token) : undefined
}

/**
 * Router-wide, after the session: Shield's CSRF rules (config/shield.ts:
 * methods checked, routes excepted), with the secret kept out of the session
 * (see `secretOf`). A state-changing request must carry a token made from the
 * session's secret, else E_BAD_CSRF_TOKEN (Shield's error: 403, or back to
 * the form with the message). Views get `csrfField()`.
 *
 * The XSRF-TOKEN cookie holds a token in clear (a token is made to be seen by
 * the page; the secret is what stays hidden). It is written only when the
 * browser lacks a valid one for the session as it stands at the end of the
 * request (a first visit, a sign-in or sign-out, an expired session), not on
 * every response; it lasts as long as the browser window, since the session
 * decides how long it is valid.
 */
export default class CsrfMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const { request, session } = ctx
    if (checkedMethods.has(request.method()) && !exceptRoutes.includes(ctx.route!.pattern)) {
      if (!tokens.verify(secretOf(session), tokenOf(ctx) ?? '')) {
        throw new errors.E_BAD_CSRF_TOKEN()
      }
    }

    ctx.view.share({
      csrfField: () =>
        edge.globals.html.safe(
          `<input type='hidden' name='_csrf' value='${tokens.create(secretOf(session))}'>`
        ),
    })

    const output = await next()

    if (config.enableXsrfCookie) {
      const secret = secretOf(session)
      if (!isValidCookie(secret, request.plainCookie(XSRF_COOKIE, { encoded: false }))) {
        ctx.response.plainCookie(XSRF_COOKIE, tokens.create(secret), {
          encode: false,
          httpOnly: false,
          maxAge: undefined,
        })
      }
    }
    return output
  }
}
