/*
| One translation store for every customer-facing string: resources/lang/{el,en}/*.json,
| ICU message format. The server reads them through `ctx.i18n` (set by LocaleMiddleware);
| the customer pages import the same files (inertia/lib/i18n.ts). Greek is the default
| and the fallback of English.
*/
import app from '@adonisjs/core/services/app'
import { defineConfig, formatters, loaders } from '@adonisjs/i18n'
import { LOCALES } from '#domain/statuses'

const i18nConfig = defineConfig({
  defaultLocale: 'el',
  supportedLocales: [...LOCALES],
  fallbackLocales: { en: 'el' },
  formatter: formatters.icu(),
  loaders: [loaders.fs({ location: app.languageFilesPath() })],
})

export default i18nConfig
