import type { HttpContext } from '@adonisjs/core/http'
import vine from '@vinejs/vine'
import { LOCALES } from '#domain/statuses'
import { LOCALE_QUERY, rememberLocale } from '#middleware/locale_middleware'

const localeValidator = vine.create({ locale: vine.enum(LOCALES) })

/**
 * The language switch of customer pages: kept in the visitor's cookie, and
 * saved on the account of a logged-in customer (their emails follow it).
 */
export default class LocaleController {
  async update({ request, auth, response, i18n }: HttpContext) {
    const { locale } = await request.validateUsing(localeValidator, {
      messagesProvider: i18n.createMessagesProvider(),
    })
    rememberLocale(response, locale)
    const user = auth.user
    if (user && !user.isStaff && user.locale !== locale) {
      user.locale = locale
      await user.save()
    }
    return response.redirect(this.#pageWithoutLanguage(request))
  }

  /**
   * Back to the page the switch was used on, without its `?lang=` (which
   * would override the choice just made). Only its path is kept, so the
   * redirect stays on this site.
   */
  #pageWithoutLanguage(request: HttpContext['request']) {
    const referrer = URL.parse(request.header('referer') ?? '')
    if (!referrer || referrer.pathname.startsWith('//')) return '/'
    referrer.searchParams.delete(LOCALE_QUERY)
    return `${referrer.pathname}${referrer.search}`
  }
}
