/*
| How the back-office catalog forms show each field: label, input, required.
| The rules themselves live in the VineJS schemas of app/validators/catalog.ts;
| these tables only describe the same keys to the generic form pages
| (inertia/pages/staff/catalog/**), which render whatever they are given, so a
| new spec or a new kind column is one row here, not a new page.
*/
import type { ComponentCategory, LineItemKind } from '#domain/statuses'

/**
 * `whole`/`decimal` are number inputs; `yesno` is a select (unknown / yes / no)
 * for an optional spec flag; `checkbox` a flag that is simply on or off;
 * `choice` a select of `options`.
 */
export type CatalogFieldInput = 'text' | 'whole' | 'decimal' | 'yesno' | 'checkbox' | 'choice'

export type CatalogField = {
  name: string
  /** What the value is, without its unit: `TDP`, `Base clock`. */
  label: string
  /** The unit of a number (`W`, `GHz`): after the value in a summary, in brackets on a form. */
  unit?: string
  input: CatalogFieldInput
  required: boolean
  options?: string[]
  /** Shown only while another field of the form has (or has not) a given value. */
  when?: { field: string; is: string } | { field: string; isNot: string }
}

const text = (name: string, label: string, required = true): CatalogField => ({
  name,
  label,
  input: 'text',
  required,
})
const whole = (name: string, label: string, unit?: string, required = true): CatalogField => ({
  name,
  label,
  ...(unit ? { unit } : {}),
  input: 'whole',
  required,
})
const decimal = (name: string, label: string, unit?: string): CatalogField => ({
  name,
  label,
  ...(unit ? { unit } : {}),
  input: 'decimal',
  required: false,
})
const yesno = (name: string, label: string): CatalogField => ({
  name,
  label,
  input: 'yesno',
  required: false,
})
const choice = (name: string, label: string, options: string[], required = true) =>
  ({ name, label, input: 'choice', required, options }) satisfies CatalogField

/** The spec fields of each component category, in form order. */
export const SPEC_FIELDS: Record<ComponentCategory, CatalogField[]> = {
  cpu: [
    text('socket', 'Socket'),
    whole('cores', 'Cores'),
    whole('threads', 'Threads'),
    decimal('baseClockGhz', 'Base clock', 'GHz'),
    decimal('boostClockGhz', 'Boost clock', 'GHz'),
    whole('tdpW', 'TDP', 'W'),
    yesno('integratedGraphics', 'Integrated graphics'),
  ],
  gpu: [
    text('chipset', 'Chipset'),
    choice('gpuVendor', 'GPU vendor', ['NVIDIA', 'AMD', 'Intel'], false),
    whole('vramGb', 'VRAM', 'GB'),
    text('memoryType', 'Memory type', false),
    whole('tgpW', 'Board power', 'W'),
    whole('lengthMm', 'Length', 'mm'),
    decimal('slots', 'Slots'),
    text('powerConnector', 'Power connector', false),
  ],
  motherboard: [
    text('socket', 'Socket'),
    text('chipset', 'Chipset'),
    text('formFactor', 'Form factor'),
    text('memoryType', 'Memory type'),
    whole('memorySlots', 'Memory slots', undefined, false),
    whole('m2Slots', 'M.2 slots', undefined, false),
    yesno('wifi', 'Wi-Fi'),
  ],
  ram: [
    text('type', 'Type'),
    whole('capacityGb', 'Capacity', 'GB'),
    whole('modules', 'Modules'),
    whole('speedMts', 'Speed', 'MT/s'),
    whole('casLatency', 'CAS latency', undefined, false),
  ],
  storage: [
    text('type', 'Type'),
    whole('capacityGb', 'Capacity', 'GB'),
    text('interface', 'Interface'),
    text('formFactor', 'Form factor', false),
    whole('readMbps', 'Read', 'MB/s', false),
    whole('writeMbps', 'Write', 'MB/s', false),
  ],
  psu: [
    whole('wattage', 'Wattage', 'W'),
    text('efficiency', 'Efficiency'),
    choice('modular', 'Modular', ['full', 'semi', 'none'], false),
    text('atxVersion', 'ATX version', false),
    text('formFactor', 'Form factor', false),
  ],
  case: [
    text('formFactor', 'Form factor'),
    text('motherboardSupport', 'Motherboard support'),
    whole('maxGpuLengthMm', 'Max GPU length', 'mm'),
    whole('maxCoolerHeightMm', 'Max cooler height', 'mm', false),
    whole('includedFans', 'Included fans', undefined, false),
  ],
  cooler: [
    choice('type', 'Type', ['air', 'aio']),
    whole('tdpRatingW', 'TDP rating', 'W'),
    text('sockets', 'Sockets'),
    { ...whole('radiatorMm', 'Radiator', 'mm'), when: { field: 'type', is: 'aio' } },
    { ...whole('heightMm', 'Height', 'mm'), when: { field: 'type', isNot: 'aio' } },
  ],
  fan: [
    whole('sizeMm', 'Size', 'mm'),
    whole('maxRpm', 'Max RPM', undefined, false),
    decimal('airflowCfm', 'Airflow', 'CFM'),
    decimal('noiseDba', 'Noise', 'dBA'),
    yesno('pwm', 'PWM'),
    yesno('rgb', 'RGB'),
    whole('packCount', 'Fans in the pack', undefined, false),
  ],
  // Further keys of an `other` part are free: the form adds name/value rows.
  other: [text('type', 'Type')],
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
    fields: [text('edition', 'Edition', false), text('licenseType', 'Licence type', false)],
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
    fields: [whole('durationMonths', 'Duration', 'months')],
    listed: ['durationMonths'],
  },
  {
    slug: 'shipping-methods',
    kind: 'shipping',
    title: 'Shipping methods',
    singular: 'shipping method',
    fields: [
      text('carrier', 'Carrier', false),
      { name: 'isPickup', label: 'In-store pickup', input: 'checkbox', required: false },
    ],
    listed: ['carrier', 'isPickup'],
  },
  {
    slug: 'peripherals',
    kind: 'peripheral',
    title: 'Peripherals',
    singular: 'peripheral',
    fields: [text('brand', 'Brand', false), text('kind', 'Type', false)],
    listed: ['brand', 'kind'],
  },
  {
    slug: 'software',
    kind: 'software',
    title: 'Software',
    singular: 'software licence',
    fields: [text('vendor', 'Vendor', false), text('licenseType', 'Licence type', false)],
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

/**
 * The words a spec summary is written with, in one language: each field's
 * label and unit (by field name), yes/no, and the decimal separator.
 */
export type SpecWords = {
  label: (field: CatalogField) => string
  unit: (field: CatalogField) => string | undefined
  no: string
  decimalSeparator: '.' | ','
}

/** Staff read the field table as it is (English). */
export const ENGLISH_SPEC_WORDS: SpecWords = {
  label: (field) => field.label,
  unit: (field) => field.unit,
  no: 'no',
  decimalSeparator: '.',
}

/**
 * A part's specs as one line, `TDP 65 W · Base clock 3.8 GHz · Integrated
 * graphics`: the category's fields in form order with their labels and units,
 * a flag that is on by its label alone, then any free keys (`other` parts) as
 * they were typed. The quote editor, the order page and the customer's quote
 * use this one function, each with the words of its reader's language.
 */
export function specSummary(
  category: ComponentCategory | null,
  specs: Record<string, string | number | boolean>,
  words: SpecWords = ENGLISH_SPEC_WORDS
) {
  return summarize(category ? SPEC_FIELDS[category] : [], specs, words)
}

/**
 * specSummary of any order line: a component by its category's fields, the
 * other kinds by their catalog page's fields (a warranty's `Duration 36
 * months`, not `durationMonths: 36`).
 */
export function lineSpecSummary(
  line: {
    kind: LineItemKind
    category: ComponentCategory | null
    specs: Record<string, string | number | boolean>
  },
  words: SpecWords = ENGLISH_SPEC_WORDS
) {
  if (line.kind === 'component') return specSummary(line.category, line.specs, words)
  const page = CATALOG_KIND_PAGES.find((kindPage) => kindPage.kind === line.kind)
  return summarize(page?.fields ?? [], line.specs, words)
}

function summarize(
  fields: CatalogField[],
  specs: Record<string, string | number | boolean>,
  words: SpecWords
) {
  const described = new Set(fields.map((field) => field.name))
  const number = (value: number) => String(value).replace('.', words.decimalSeparator)

  const parts = fields
    .filter((field) => specs[field.name] !== undefined && specs[field.name] !== '')
    .map((field) => {
      const value = specs[field.name]
      const label = words.label(field)
      if (typeof value === 'boolean') return value ? label : `${label}: ${words.no}`
      const unit = words.unit(field)
      const written = typeof value === 'number' ? number(value) : value
      return unit ? `${label} ${written} ${unit}` : `${label} ${written}`
    })
  const free = Object.entries(specs)
    .filter(([key]) => !described.has(key))
    .map(([key, value]) => `${key}: ${value}`)
  return [...parts, ...free].join(' · ')
}
