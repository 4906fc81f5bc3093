import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/** Liveness probe of load balancers and uptime monitors. */
export const HEALTH_PATH = '/health'

/**
 * Server-wide and first: `GET /health` answers `{"status":"ok"}` before the
 * static files, the session, Shield and auth. A probe that hits the server
 * every few seconds thus runs no SQL, writes no session row and gets no
 * cookie; the answer says only that the process serves HTTP.
 */
export default class HealthProbeMiddleware {
  handle(ctx: HttpContext, next: NextFn) {
    const method = ctx.request.method()
    if ((method !== 'GET' && method !== 'HEAD') || ctx.request.url() !== HEALTH_PATH) return next()
    ctx.response.ok({ status: 'ok' })
  }
}
