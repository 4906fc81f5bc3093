import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import StaticMiddleware from '@adonisjs/static/static_middleware'

/** A path whose last segment has an extension: the only kind public/ holds (assets/app-…js, favicon.svg). */
const FILE_NAME = /\.[^/]+$/

/**
 * Server-wide: the files of public/ (config/static.ts), looked up only for a
 * path that names a file. The static server would otherwise ask the disk
 * about every page and API call (`/staff/orders` too) before routing it.
 */
@inject()
export default class PublicFilesMiddleware {
  constructor(private files: StaticMiddleware) {}

  handle(ctx: HttpContext, next: NextFn) {
    if (!FILE_NAME.test(ctx.request.url())) return next()
    return this.files.handle(ctx, next)
  }
}
