import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { I18n } from '@adonisjs/i18n'
import i18nManager from '@adonisjs/i18n/services/main'
import { LOCALES, type Locale } from '#domain/statuses'

/**
 * Cookie of a visitor's language choice (the switch in the page header). A
 * cookie rather than the session: an anonymous visitor's language needs no
 * server-side state, and it survives logging out.
 */
export const LOCALE_COOKIE = 'locale'

/** Query parameter of a page's language version (`/pricing?lang=en`: hreflang, sitemap). */
export const LOCALE_QUERY = 'lang'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** Keeps `locale` as the visitor's language for a year. */
export function rememberLocale(response: HttpContext['response'], locale: Locale) {
  response.plainCookie(LOCALE_COOKIE, locale, {
    maxAge: '1y',
    httpOnly: true,
    sameSite: 'lax',
  })
}

/**
 * Language of the request, as `ctx.locale`, first of:
 * - `?lang=` (a page's language version, linked by hreflang and the sitemap;
 *   it also becomes the visitor's choice, so the next pages stay in it);
 * - the logged-in user's language (their account wins over the cookie);
 * - the visitor's choice in the `locale` cookie;
 * - Greek (SPEC §13).
 * `ctx.i18n` translates into it from resources/lang (also injectable as `I18n`).
 *
 * Runs after the auth initializer and authenticates silently (`auth.check()`),
 * so `ctx.auth.user` is set on every routed request of a logged-in user,
 * including public pages (shared Inertia props show who is logged in).
 */
export default class LocaleMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    await ctx.auth.check()
    const requested = ctx.request.qs()[LOCALE_QUERY]
    if (isLocale(requested)) {
      if (requested !== ctx.request.plainCookie(LOCALE_COOKIE)) {
        rememberLocale(ctx.response, requested)
      }
      useLocale(ctx, requested)
    } else {
      const userLocale = ctx.auth.user?.locale
      useLocale(ctx, isLocale(userLocale) ? userLocale : (visitorLocale(ctx.request) ?? 'el'))
    }
    return next()
  }
}

/**
 * The language a visitor asked for, as far as the request says without its
 * session: `?lang=`, else the `locale` cookie. What a page answered before
 * routing (the 404 of an unknown URL) goes by, Greek when neither is given.
 */
export function visitorLocale(request: HttpContext['request']): Locale | undefined {
  const requested = request.qs()[LOCALE_QUERY]
  if (isLocale(requested)) return requested
  const cookieLocale = request.plainCookie(LOCALE_COOKIE)
  return isLocale(cookieLocale) ? cookieLocale : undefined
}

/** Makes `locale` the language of the response: ctx.locale, ctx.i18n (and `I18n`), Edge's `t()`. */
export function useLocale(ctx: HttpContext, locale: Locale) {
  ctx.locale = locale
  ctx.i18n = i18nManager.locale(locale)
  ctx.containerResolver.bindValue(I18n, ctx.i18n)
  // `t()` in Edge views (the root layout's meta description) speaks the same language.
  ctx.view.share({ i18n: ctx.i18n })
}

declare module '@adonisjs/core/http' {
  interface HttpContext {
    /** Language of the response (see LocaleMiddleware); before routing, set by error pages only. */
    locale: Locale
    /** Translations in `locale` (see LocaleMiddleware); before routing, set by error pages only. */
    i18n: I18n
  }
}
