import app from '@adonisjs/core/services/app'
import { ExceptionHandler, type HttpContext } from '@adonisjs/core/http'
import type { HttpError, StatusPageRange, StatusPageRenderer } from '@adonisjs/core/types/http'

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
}
