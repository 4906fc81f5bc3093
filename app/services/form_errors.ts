/*
| Form errors raised by actions themselves (wrong password, banned account,
| too many attempts, a refused transition), answered like VineJS validation
| errors: Inertia and HTML forms are redirected back with the message next to
| the field, JSON clients get 422 (429 when rate limited).
*/
import type { HttpContext } from '@adonisjs/core/http'
import type { I18n } from '@adonisjs/i18n'
import i18nManager from '@adonisjs/i18n/services/main'
import { errors as vineErrors } from '@vinejs/vine'
import type { Locale } from '#domain/statuses'
import {
  consumeMailedLink,
  type MailedLinkKind,
  TooManyAttemptsError,
} from '#services/abuse_limits'

/** A validation error on one field (`form` for errors about the whole form). */
export function formError(field: string, message: string, rule = 'form') {
  return new vineErrors.E_VALIDATION_ERROR([{ field, message, rule }])
}

/** "1 minute", "15 λεπτά": a wait given in seconds, rounded up to whole minutes (at least one). */
export function waitInMinutes(locale: Locale, seconds: number): string {
  const count = Math.max(1, Math.ceil(seconds / 60))
  return i18nManager.locale(locale).t('common.minutes', { count })
}

/** "Too many attempts, try again in N minutes" in the request's language. */
export function throttleMessage(i18n: I18n, retryAfterSeconds: number): string {
  const minutes = waitInMinutes(i18n.locale as Locale, retryAfterSeconds)
  return i18n.t('common.throttle', { minutes })
}

/**
 * "Too many attempts, try again in N minutes": a form error for Inertia
 * visits (thrown, so the page shows it next to `field`), a 429 with
 * Retry-After for JSON and plain HTTP clients.
 */
export function tooManyAttempts(ctx: HttpContext, field: string, error: TooManyAttemptsError) {
  const message = throttleMessage(ctx.i18n, error.retryAfterSeconds)
  if (ctx.request.header('x-inertia')) throw formError(field, message, 'throttle')

  ctx.response.header('Retry-After', String(error.retryAfterSeconds))
  ctx.response.status(429)
  if (ctx.request.accepts(['html', 'json']) === 'json') {
    return ctx.response.send({ errors: [{ field, message, rule: 'throttle' }] })
  }
  return ctx.response.send(message)
}

/**
 * Counts one emailed link of `kind` for `subject` (an address, or
 * `user_<id>`) and the request's IP. False when the limit is reached: the
 * request is then answered as tooManyAttempts answers it, on `field`.
 */
export async function mailedLinkAllowed(
  ctx: HttpContext,
  field: string,
  kind: MailedLinkKind,
  subject: string
) {
  try {
    await consumeMailedLink(kind, subject, ctx.request.ip())
    return true
  } catch (error) {
    if (!(error instanceof TooManyAttemptsError)) throw error
    tooManyAttempts(ctx, field, error)
    return false
  }
}
