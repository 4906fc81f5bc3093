import type { HttpContext } from '@adonisjs/core/http'
import vine from '@vinejs/vine'
import { LOCALES } from '#domain/statuses'
import { LOCALE_SESSION_KEY } from '#middleware/locale_middleware'

const localeValidator = vine.create({ locale: vine.enum(LOCALES) })

/**
 * The language switch of customer pages: kept in the session, and saved on
 * the account of a logged-in customer (their emails follow it).
 */
export default class LocaleController {
  async update({ request, session, auth, response, i18n }: HttpContext) {
    const { locale } = await request.validateUsing(localeValidator, {
      messagesProvider: i18n.createMessagesProvider(),
    })
    session.put(LOCALE_SESSION_KEY, locale)
    const user = auth.user
    if (user && !user.isStaff && user.locale !== locale) {
      user.locale = locale
      await user.save()
    }
    return response.redirect().back()
  }
}
