/*
| HTTP throttles (rate limits applied as route middleware). Each throttle
| answers 429 with a Retry-After header once exhausted. Limits that count
| failures only (login per email, TOTP attempts) use `limiter.use(...)
| .penalize(key, …)` inside the action instead.
*/
import limiter from '@adonisjs/limiter/services/main'

/** Any auth form posted from one IP: generous, stops scripted floods. */
export const authFormsThrottle = limiter.define('auth_forms', (ctx) => {
  return limiter.allowRequests(30).every('1 minute').usingKey(`ip_${ctx.request.ip()}`)
})

/*
| Staff sign-in: failure counters per email, per IP and per user for TOTP
| codes, checked inside the actions (form errors with the time to wait), live
| in app/services/staff_rate_limits.ts. The staff login and code forms also
| use authFormsThrottle above.
*/
