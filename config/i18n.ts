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
import { BoundedMemo } from '#domain/bounded_memo'

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
  #formats = new BoundedMemo<IntlMessageFormat>(MAX_CACHED_MESSAGES)

  format(message: string, locale: string, data?: Record<string, any>) {
    const format = this.#formats.get(
      `${locale}\u0000${message}`,
      () => new IntlMessageFormat(message, locale, undefined, { ignoreTag: true })
    )
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
