import i18nManager from '@adonisjs/i18n/services/main'
import type { MailLocale } from '#mails/base/localized_mail'

/** A word of the public site (resources/lang/<locale>/site.json), e.g. a use case's label. */
export function siteMessage(locale: MailLocale, key: string) {
  return i18nManager.locale(locale).t(`site.${key}`)
}
