/*
| The words of a spec summary (catalog_fields.ts, specSummary) in a
| customer's language, from resources/lang/{el,en}/specs.json: each field's
| label by its name, the units that are words (`months`), "no", and the
| decimal separator. Symbols (GHz, W, MT/s) read the same in both languages.
*/
import i18nManager from '@adonisjs/i18n/services/main'
import type { SpecWords } from '#domain/catalog_fields'
import type { Locale } from '#domain/statuses'

export function specWords(locale: Locale): SpecWords {
  const i18n = i18nManager.locale(locale)
  return {
    label: (field) => i18n.t(`specs.labels.${field.name}`, {}, field.label),
    unit: (field) =>
      field.unit && i18n.hasMessage(`specs.units.${field.unit}`)
        ? i18n.t(`specs.units.${field.unit}`)
        : field.unit,
    no: i18n.t('specs.no'),
    decimalSeparator: locale === 'el' ? ',' : '.',
  }
}
