import app from '@adonisjs/core/services/app'
import { ExceptionHandler, type HttpContext } from '@adonisjs/core/http'
import type { HttpError, StatusPageRange, StatusPageRenderer } from '@adonisjs/core/types/http'

/*
| The framework's debug error page (development and tests only) is built with
| inline style attributes and event handlers, which no nonce can allow: it
| gets a policy with 'unsafe-inline' for scripts and styles (a nonce in the
| policy would disable 'unsafe-inline'). Pages of the app keep the strict one.
*/
export const DEBUG_PAGE_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'"

export default class HttpExceptionHandler extends ExceptionHandler {
  protected debug = !app.inProduction
  // Unknown URLs show the branded 404 everywhere; in development real exceptions
  // keep the framework's error page (no 5xx status page outside production).
  protected renderStatusPages = true

  protected statusPages: Record<StatusPageRange, StatusPageRenderer> = {
    '404': (_, { inertia }) => inertia.render('public/errors/not_found', {}),
    ...(app.inProduction
      ? {
          '500..599': ((_, { inertia }) =>
            inertia.render('public/errors/server_error', {})) satisfies StatusPageRenderer,
        }
      : {}),
  }

  /*
  | Without debugging (production) the framework answers JSON clients with the
  | error's own message, and a database error's message is its SQL statement:
  | a 5xx says only that it failed. The log keeps the error (report()).
  */
  async renderErrorAsJSON(error: HttpError, ctx: HttpContext) {
    if (this.isDebuggingEnabled(ctx) || error.status < 500)
      return super.renderErrorAsJSON(error, ctx)
    ctx.response.status(error.status).send({ message: 'Internal server error' })
  }

  async renderErrorAsJSONAPI(error: HttpError, ctx: HttpContext) {
    if (this.isDebuggingEnabled(ctx) || error.status < 500) {
      return super.renderErrorAsJSONAPI(error, ctx)
    }
    ctx.response
      .status(error.status)
      .send({ errors: [{ title: 'Internal server error', status: error.status }] })
  }

  async renderErrorAsHTML(error: HttpError, ctx: HttpContext) {
    if (this.isDebuggingEnabled(ctx) && !this.#hasStatusPage(error.status)) {
      ctx.response.header('Content-Security-Policy', DEBUG_PAGE_CSP)
    }
    return super.renderErrorAsHTML(error, ctx)
  }

  /** Whether `status` is answered with one of the app's status pages (as the framework decides). */
  #hasStatusPage(status: number) {
    if (!this.renderStatusPages) return false
    return Object.keys(this.statusPages).some((range) => {
      const [from, to = from] = range.split('..').map(Number)
      return status >= from && status <= to
    })
  }
}
