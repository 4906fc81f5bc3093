/*
| HTTP throttles (rate limits applied as route middleware). Once one is
| exhausted, the exception handler answers as the actions' own limits do: the
| wait as the form's error, or 429 with Retry-After. Limits that count
| failures only (login per email and IP, second-factor codes) and the quotas
| of emailed links are checked inside the actions instead, with a form error
| giving the time to wait: app/services/abuse_limits.ts.
*/
import limiter from '@adonisjs/limiter/services/main'

/** Posts per IP each throttle allows, and over how long. */
export const ROUTE_LIMITS = {
  /** Any auth form posted from one IP: generous, stops scripted floods. */
  authForms: { requests: 30, duration: '1 minute' },
  /** The public site's forms (see publicFormsThrottle). */
  publicForms: { requests: 20, duration: '10 minutes' },
} as const

export const authFormsThrottle = limiter.define('auth_forms', (ctx) => {
  const { requests, duration } = ROUTE_LIMITS.authForms
  return limiter.allowRequests(requests).every(duration).usingKey(`ip_${ctx.request.ip()}`)
})

/**
 * The public site's forms (/contact, /waitlist, cookie consent) from one IP:
 * each may send mail to an address typed in, so a script cannot use them to
 * flood someone's inbox or the shop's.
 */
export const publicFormsThrottle = limiter.define('public_forms', (ctx) => {
  const { requests, duration } = ROUTE_LIMITS.publicForms
  return limiter.allowRequests(requests).every(duration).usingKey(`ip_${ctx.request.ip()}`)
})
