import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { I18n } from '@adonisjs/i18n'
import i18nManager from '@adonisjs/i18n/services/main'
import { LOCALES, type Locale } from '#domain/statuses'

/** Session key of a visitor's language choice (the switch in the page header). */
export const LOCALE_SESSION_KEY = 'locale'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/**
 * Language of the request, as `ctx.locale`: the logged-in user's choice,
 * else the visitor's choice kept in the session, else Greek (SPEC §13).
 * `ctx.i18n` translates into it from resources/lang (also injectable as `I18n`).
 *
 * Runs after the auth initializer and authenticates silently (`auth.check()`),
 * so `ctx.auth.user` is set on every routed request of a logged-in user,
 * including public pages (shared Inertia props show who is logged in).
 */
export default class LocaleMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    await ctx.auth.check()
    const userLocale = ctx.auth.user?.locale
    const sessionLocale = ctx.session.get(LOCALE_SESSION_KEY)
    ctx.locale = isLocale(userLocale) ? userLocale : isLocale(sessionLocale) ? sessionLocale : 'el'
    ctx.i18n = i18nManager.locale(ctx.locale)
    ctx.containerResolver.bindValue(I18n, ctx.i18n)
    return next()
  }
}

declare module '@adonisjs/core/http' {
  interface HttpContext {
    /** Language of the response (see LocaleMiddleware); absent before routing. */
    locale: Locale
    /** Translations in `locale` (see LocaleMiddleware); absent before routing. */
    i18n: I18n
  }
}
