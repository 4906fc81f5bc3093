import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import StaticMiddleware from '@adonisjs/static/static_middleware'

/** A path whose last segment has an extension: the only kind public/ holds (assets/app-…js, favicon.svg). */
const FILE_NAME = /\.[^/]+$/

/**
 * Server-wide: the files of public/ (config/static.ts), looked up only for a
 * path that names a file. The static server would otherwise ask the disk
 * about every page and API call (`/staff/orders` too) before routing it; it
 * is resolved from the container only for those paths too.
 */
export default class PublicFilesMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    if (!FILE_NAME.test(ctx.request.url())) return next()
    const files = await ctx.containerResolver.make(StaticMiddleware)
    return files.handle(ctx, next)
  }
}
