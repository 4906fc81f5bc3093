/*
| HTTP throttles (rate limits applied as route middleware). Each throttle
| answers 429 with a Retry-After header once exhausted. Limits that count
| failures only (login per email and IP, second-factor codes) and the quotas
| of emailed links are checked inside the actions instead, with a form error
| giving the time to wait: app/services/abuse_limits.ts.
*/
import limiter from '@adonisjs/limiter/services/main'

/** Any auth form posted from one IP: generous, stops scripted floods. */
export const authFormsThrottle = limiter.define('auth_forms', (ctx) => {
  return limiter.allowRequests(30).every('1 minute').usingKey(`ip_${ctx.request.ip()}`)
})

/**
 * The public site's forms (/contact, /waitlist, cookie consent) from one IP:
 * each may send mail to an address typed in, so a script cannot use them to
 * flood someone's inbox or the shop's.
 */
export const publicFormsThrottle = limiter.define('public_forms', (ctx) => {
  return limiter.allowRequests(20).every('10 minutes').usingKey(`ip_${ctx.request.ip()}`)
})
