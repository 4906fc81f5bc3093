/*
| One translation store for every customer-facing string: resources/lang/{el,en}/*.json,
| ICU message format. The server reads them through `ctx.i18n` (set by LocaleMiddleware);
| the customer pages import the same files (inertia/lib/i18n.ts). Greek is the default
| and the fallback of English.
*/
import app from '@adonisjs/core/services/app'
import { defineConfig, loaders } from '@adonisjs/i18n'
import type { TranslationsFormatterContract } from '@adonisjs/i18n/types'
import { IntlMessageFormat } from 'intl-messageformat'
import { LOCALES } from '#domain/statuses'

/** More distinct messages than the translation files hold: something formats made-up text. */
const MAX_CACHED_MESSAGES = 10_000

/**
 * ICU formatting as `formatters.icu()` does it, with each message parsed once
 * per language: the package builds a new IntlMessageFormat (parse, locale
 * resolution) on every `t()`, 7 % of the CPU of the staff order list (a status
 * label per row). The messages come from the translation files, so the cache
 * stays small.
 */
class CachedIcuFormatter implements TranslationsFormatterContract {
  readonly name = 'icu'
  #formats = new Map<string, IntlMessageFormat>()

  format(message: string, locale: string, data?: Record<string, any>) {
    const key = `${locale}\u0000${message}`
    let format = this.#formats.get(key)
    if (!format) {
      if (this.#formats.size >= MAX_CACHED_MESSAGES) this.#formats.clear()
      format = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true })
      this.#formats.set(key, format)
    }
    return String(format.format(data ?? {}))
  }
}

const i18nConfig = defineConfig({
  defaultLocale: 'el',
  supportedLocales: [...LOCALES],
  fallbackLocales: { en: 'el' },
  formatter: () => new CachedIcuFormatter(),
  loaders: [loaders.fs({ location: app.languageFilesPath() })],
})

export default i18nConfig
