/*
| The two answers of a quote code lookup that are not a quote (SPEC §7: claim
| code lookups are rate-limited): no such quote (the branded 404, like any
| unknown page) and too many such misses from one IP (429).
*/
import { Exception } from '@adonisjs/core/exceptions'
import type { HttpContext } from '@adonisjs/core/http'
import { errors as lucidErrors } from '@adonisjs/lucid'
import Order from '#models/order'

/** A code that matches no published quote; counted as a miss, rendered as the 404 page. */
export class QuoteNotFoundError extends lucidErrors.E_ROW_NOT_FOUND {
  constructor() {
    super(Order)
  }
}

/** Too many misses from this IP: 429 with Retry-After, on the branded page. */
export class QuoteLookupsThrottledError extends Exception {
  static status = 429
  static code = 'E_QUOTE_LOOKUPS_THROTTLED'

  constructor(readonly retryAfterSeconds: number) {
    super(`Too many unknown quote codes, retry in ${retryAfterSeconds}s`)
  }

  async handle(error: this, ctx: HttpContext) {
    ctx.response.header('Retry-After', String(error.retryAfterSeconds))
    ctx.response.status(429)
    const minutes = Math.max(1, Math.ceil(error.retryAfterSeconds / 60))
    // A self-handled exception's return value is not sent: the page is.
    ctx.response.send(await ctx.inertia.render('public/quote/too_many_lookups', { minutes }))
  }
}
