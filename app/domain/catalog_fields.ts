/*
| How the back-office catalog forms show each field: input, unit, required.
| The rules themselves live in the VineJS schemas of app/validators/catalog.ts;
| these tables only describe the same keys to the generic form pages
| (inertia/pages/staff/catalog/**), which render whatever they are given, so a
| new spec or a new kind column is one row here, not a new page. What each
| field is called lives in resources/lang/{el,en}/specs.json (`labels.<name>`):
| staff read the English words, customers read specs in their own language.
*/
import i18nManager from '@adonisjs/i18n/services/main'
import type { ComponentCategory, LineItemKind, Locale } from '#domain/statuses'

/**
 * `whole`/`decimal` are number inputs; `yesno` is a select (unknown / yes / no)
 * for an optional spec flag; `checkbox` a flag that is simply on or off;
 * `choice` a select of `options`.
 */
export type CatalogFieldInput = 'text' | 'whole' | 'decimal' | 'yesno' | 'checkbox' | 'choice'

export type CatalogField = {
  /** Its key in the specs (or the column), and of its label in catalog.json: `tdpW`. */
  name: string
  /** The unit of a number (`W`, `GHz`): after the value in a summary, in brackets on a form. */
  unit?: string
  input: CatalogFieldInput
  required: boolean
  options?: string[]
  /** Shown only while another field of the form has (or has not) a given value. */
  when?: { field: string; is: string } | { field: string; isNot: string }
}

const text = (name: string, required = true): CatalogField => ({
  name,
  input: 'text',
  required,
})
const whole = (name: string, unit?: string, required = true): CatalogField => ({
  name,
  ...(unit ? { unit } : {}),
  input: 'whole',
  required,
})
const decimal = (name: string, unit?: string): CatalogField => ({
  name,
  ...(unit ? { unit } : {}),
  input: 'decimal',
  required: false,
})
const yesno = (name: string): CatalogField => ({
  name,
  input: 'yesno',
  required: false,
})
const choice = (name: string, options: string[], required = true) =>
  ({ name, input: 'choice', required, options }) satisfies CatalogField

/** The spec fields of each component category, in form order. */
export const SPEC_FIELDS: Record<ComponentCategory, CatalogField[]> = {
  cpu: [
    text('socket'),
    whole('cores'),
    whole('threads'),
    decimal('baseClockGhz', 'GHz'),
    decimal('boostClockGhz', 'GHz'),
    whole('tdpW', 'W'),
    yesno('integratedGraphics'),
  ],
  gpu: [
    text('chipset'),
    choice('gpuVendor', ['NVIDIA', 'AMD', 'Intel'], false),
    whole('vramGb', 'GB'),
    text('memoryType', false),
    whole('tgpW', 'W'),
    whole('lengthMm', 'mm'),
    decimal('slots'),
    text('powerConnector', false),
  ],
  motherboard: [
    text('socket'),
    text('chipset'),
    text('formFactor'),
    text('memoryType'),
    whole('memorySlots', undefined, false),
    whole('m2Slots', undefined, false),
    yesno('wifi'),
  ],
  ram: [
    text('type'),
    whole('capacityGb', 'GB'),
    whole('modules'),
    whole('speedMts', 'MT/s'),
    whole('casLatency', undefined, false),
  ],
  storage: [
    text('type'),
    whole('capacityGb', 'GB'),
    text('interface'),
    text('formFactor', false),
    whole('readMbps', 'MB/s', false),
    whole('writeMbps', 'MB/s', false),
  ],
  psu: [
    whole('wattage', 'W'),
    text('efficiency'),
    choice('modular', ['full', 'semi', 'none'], false),
    text('atxVersion', false),
    text('formFactor', false),
  ],
  case: [
    text('formFactor'),
    text('motherboardSupport'),
    whole('maxGpuLengthMm', 'mm'),
    whole('maxCoolerHeightMm', 'mm', false),
    whole('includedFans', undefined, false),
  ],
  cooler: [
    choice('type', ['air', 'aio']),
    whole('tdpRatingW', 'W'),
    text('sockets'),
    { ...whole('radiatorMm', 'mm'), when: { field: 'type', is: 'aio' } },
    { ...whole('heightMm', 'mm'), when: { field: 'type', isNot: 'aio' } },
  ],
  fan: [
    whole('sizeMm', 'mm'),
    whole('maxRpm', undefined, false),
    decimal('airflowCfm', 'CFM'),
    decimal('noiseDba', 'dBA'),
    yesno('pwm'),
    yesno('rgb'),
    whole('packCount', undefined, false),
  ],
  // Further keys of an `other` part are free: the form adds name/value rows.
  other: [text('type')],
}

export type CatalogKindPage = {
  /** The URL segment: /staff/catalog/<slug>. */
  slug: string
  kind: Exclude<LineItemKind, 'component'>
  title: string
  singular: string
  /** The columns after the shared name / description / price. */
  fields: CatalogField[]
  /** The kind-specific columns the list shows. */
  listed: string[]
}

/** The six non-component kinds, in navigation order. */
export const CATALOG_KIND_PAGES: CatalogKindPage[] = [
  {
    slug: 'operating-systems',
    kind: 'operating_system',
    title: 'Operating systems',
    singular: 'operating system',
    fields: [text('edition', false), text('licenseType', false)],
    listed: ['edition'],
  },
  {
    slug: 'services',
    kind: 'service',
    title: 'Services',
    singular: 'service',
    fields: [],
    listed: [],
  },
  {
    slug: 'warranties',
    kind: 'warranty',
    title: 'Warranties',
    singular: 'warranty',
    fields: [whole('durationMonths', 'months')],
    listed: ['durationMonths'],
  },
  {
    slug: 'shipping-methods',
    kind: 'shipping',
    title: 'Shipping methods',
    singular: 'shipping method',
    fields: [text('carrier', false), { name: 'isPickup', input: 'checkbox', required: false }],
    listed: ['carrier', 'isPickup'],
  },
  {
    slug: 'peripherals',
    kind: 'peripheral',
    title: 'Peripherals',
    singular: 'peripheral',
    fields: [text('brand', false), text('kind', false)],
    listed: ['brand', 'kind'],
  },
  {
    slug: 'software',
    kind: 'software',
    title: 'Software',
    singular: 'software licence',
    fields: [text('vendor', false), text('licenseType', false)],
    listed: ['vendor'],
  },
]

/** `/^(operating-systems|services|…)$/`: the route matcher of the kind segment. */
export const CATALOG_KIND_SLUG_MATCHER = new RegExp(
  `^(${CATALOG_KIND_PAGES.map((page) => page.slug).join('|')})$`
)

export function catalogKindPage(slug: string) {
  return CATALOG_KIND_PAGES.find((page) => page.slug === slug)
}

/** The catalog's sub-navigation: the components, then each kind. */
export function catalogKindLinks() {
  return CATALOG_KIND_PAGES.map(({ slug, title }) => ({ slug, title }))
}

/** What a field is, without its unit, in one language: `TDP`, `Base clock`, `Βασικός χρονισμός`. */
export function fieldLabel(field: CatalogField, locale: Locale) {
  return i18nManager.locale(locale).t(`specs.labels.${field.name}`)
}

/** A unit in one language: symbols (GHz, W, MT/s) read the same, words (`months`) are translated. */
function unitIn(field: CatalogField, locale: Locale) {
  const i18n = i18nManager.locale(locale)
  return field.unit && i18n.hasMessage(`specs.units.${field.unit}`)
    ? i18n.t(`specs.units.${field.unit}`)
    : field.unit
}

/** Numbers as the reader writes them: `3.8` in English, `3,8` in Greek; no grouping (`5600 MT/s`). */
const SPEC_NUMBER_FORMATS: Record<Locale, Intl.NumberFormat> = {
  el: new Intl.NumberFormat('el-GR', { maximumFractionDigits: 3, useGrouping: false }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3, useGrouping: false }),
}

/**
 * A part's specs as one line in the reader's language, `TDP 65 W · Base clock
 * 3.8 GHz · Integrated graphics` (`TDP 65 W · Βασικός χρονισμός 3,8 GHz ·
 * Ενσωματωμένα γραφικά`): the category's fields in form order with their
 * labels and units (resources/lang/{el,en}/specs.json), a flag that is on by
 * its label alone, then any free keys (`other` parts) as they were typed.
 */
export function specSummary(
  category: ComponentCategory | null,
  specs: Record<string, string | number | boolean>,
  locale: Locale
) {
  return summarize(category ? SPEC_FIELDS[category] : [], specs, locale)
}

/**
 * specSummary of any order line: a component by its category's fields, the
 * other kinds by their catalog page's fields (a warranty's `Duration 36
 * months`, not `durationMonths: 36`). Staff pages (English) and everything a
 * customer reads (the quote email, the quote and order pages) use this one
 * function, each in its reader's language.
 */
export function lineSpecSummary(
  line: {
    kind: LineItemKind
    category: ComponentCategory | null
    specs: Record<string, string | number | boolean>
  },
  locale: Locale
) {
  if (line.kind === 'component') return specSummary(line.category, line.specs, locale)
  const page = CATALOG_KIND_PAGES.find((kindPage) => kindPage.kind === line.kind)
  return summarize(page?.fields ?? [], line.specs, locale)
}

function summarize(
  fields: CatalogField[],
  specs: Record<string, string | number | boolean>,
  locale: Locale
) {
  // Most lines (services, shipping, lines typed by hand) have no specs at all.
  if (Object.keys(specs).length === 0) return ''
  const described = new Set(fields.map((field) => field.name))

  const parts = fields
    .filter((field) => specs[field.name] !== undefined && specs[field.name] !== '')
    .map((field) => {
      const value = specs[field.name]
      const label = fieldLabel(field, locale)
      if (typeof value === 'boolean')
        return value ? label : `${label}: ${i18nManager.locale(locale).t('specs.no')}`
      const unit = unitIn(field, locale)
      const written = typeof value === 'number' ? SPEC_NUMBER_FORMATS[locale].format(value) : value
      return unit ? `${label} ${written} ${unit}` : `${label} ${written}`
    })
  const free = Object.entries(specs)
    .filter(([key]) => !described.has(key))
    .map(([key, value]) => `${key}: ${value}`)
  return [...parts, ...free].join(' · ')
}
