import type { IncomingMessage, ServerResponse } from 'node:http'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import compression from 'compression'

/**
 * Brotli or gzip, whichever the client prefers, for every compressible
 * response (HTML, JSON, JS, CSS, SVG…; by Content-Type) of 1 KiB or more:
 * pages, Inertia visits and the static files in public/ alike, since it wraps
 * the raw Node response that all of them write to. Brotli at quality 4 (the
 * package's default) costs about as much CPU as gzip and compresses better;
 * images and fonts are compressed already and left alone. Behind a proxy that
 * compresses itself this is harmless: the proxy sees an encoded response and
 * passes it on.
 */
const compress = compression({ threshold: 1024 }) as unknown as (
  request: IncomingMessage,
  response: ServerResponse,
  next: (error?: unknown) => void
) => void

export default class CompressionMiddleware {
  handle({ request, response }: HttpContext, next: NextFn) {
    // compression() only wraps write/end and the headers, then calls back at once
    // (synchronously, and never with an error): no promise to wait for.
    compress(request.request, response.response, () => {})
    return next()
  }
}
