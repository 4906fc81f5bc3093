import app from '@adonisjs/core/services/app'
import encryption from '@adonisjs/core/services/encryption'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import type { ShieldConfig } from '@adonisjs/shield/types'
import { csrfFactory } from '@adonisjs/shield/guards'
import edge from 'edge.js'

let guard: ((ctx: HttpContext) => unknown) | undefined

/**
 * Router-wide, after the session: Shield's CSRF check (config/shield.ts) and
 * the `csrfField()` view helper. Shield's other guards set headers, which
 * every response needs, so they run server-wide in SecurityHeadersMiddleware.
 */
export default class CsrfMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    guard ??= csrfFactory(app.config.get<ShieldConfig>('shield').csrf, encryption.use(), edge)
    await guard(ctx)
    return next()
  }
}
