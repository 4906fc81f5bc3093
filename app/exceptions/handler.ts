import app from '@adonisjs/core/services/app'
import { ExceptionHandler, type HttpContext } from '@adonisjs/core/http'
import type { HttpError, StatusPageRange, StatusPageRenderer } from '@adonisjs/core/types/http'
import { errors as limiterErrors } from '@adonisjs/limiter'
import { TooManyAttemptsError } from '#services/abuse_limits'
import { tooManyAttempts } from '#services/form_errors'
import { useLocale, visitorLocale } from '#middleware/locale_middleware'

/*
| The framework's debug error page (development and tests only) is built with
| inline style attributes and event handlers, which no nonce can allow: it
| gets a policy with 'unsafe-inline' for scripts and styles (a nonce in the
| policy would disable 'unsafe-inline'). Pages of the app keep the strict one.
*/
export const DEBUG_PAGE_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'"

/**
 * The context, in the language the visitor chose (`?lang=`, their cookie)
 * when the error came before routing (an unknown URL), where LocaleMiddleware
 * has not run: an error's page or message speaks the language of the pages
 * around it.
 */
function inRequestLanguage(ctx: HttpContext) {
  if (!ctx.locale) useLocale(ctx, visitorLocale(ctx.request) ?? 'el')
  return ctx
}

export default class HttpExceptionHandler extends ExceptionHandler {
  protected debug = !app.inProduction
  // Unknown URLs show the branded 404 everywhere; in development real exceptions
  // keep the framework's error page (no 5xx status page outside production).
  protected renderStatusPages = true

  protected statusPages: Record<StatusPageRange, StatusPageRenderer> = {
    '404': (_, ctx) => inRequestLanguage(ctx).inertia.render('public/errors/not_found', {}),
    ...(app.inProduction
      ? {
          '500..599': ((_, ctx) =>
            inRequestLanguage(ctx).inertia.render(
              'public/errors/server_error',
              {}
            )) satisfies StatusPageRenderer,
        }
      : {}),
  }

  /*
  | A route's throttle (start/limiter.ts) is answered as an action's own limit
  | is: the wait in the request's language, as the form's error for Inertia
  | visits (tooManyAttempts throws it), else a 429 with Retry-After. The
  | limiter's own answer is a plain English text, which Inertia would show
  | as a raw response in a modal.
  */
  async handle(error: unknown, ctx: HttpContext) {
    if (!(error instanceof limiterErrors.E_TOO_MANY_REQUESTS)) return super.handle(error, ctx)
    try {
      const limit = new TooManyAttemptsError(error.response.availableIn)
      return tooManyAttempts(inRequestLanguage(ctx), 'form', limit)
    } catch (formError) {
      return super.handle(formError, ctx)
    }
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
