/*
| Catalog forms of the back office (English, like the other staff forms).
|
| Prices: staff type euros the way they write them (`1.234,56`, `1234.56`,
| `899`), into a field named `price`. The `euros()` schema below parses that
| text with parseEuroToCents (app/domain/money.ts) inside the validator, so the
| validated `price` is already an integer number of euro cents and no float ever
| exists. Ambiguous input such as `1.234` is refused with the money module's
| explanation. The services speak `priceCents`, the column name: a controller
| passes `{ ...payload, priceCents: payload.price }`.
|
| Component specs: one schema per category, with the spec keys documented in
| database/factories/catalog_data.ts (camelCase, units in the key name). The
| component validator picks the schema from the submitted `category`, so a GPU
| without `vramGb` or a PSU without `wattage` is refused with an error on
| `specs.vramGb` / `specs.wattage`. Unknown keys are dropped (except for
| `other`, whose parts are too varied to list: any further scalar keys pass).
*/
import vine, { SimpleMessagesProvider } from '@vinejs/vine'
import type { FieldContext } from '@vinejs/vine/types'
import type { Infer } from '@vinejs/vine/types'
import { InvalidAmountError, parseEuroToCents } from '#domain/money'
import { COMPONENT_CATEGORIES, type ComponentCategory } from '#domain/statuses'

/** The highest price a catalog row, a line or a budget may carry: 1.000.000,00 €. */
export const MAX_PRICE_CENTS = 100_000_000

export const catalogMessages = new SimpleMessagesProvider({
  'required': 'Fill in this field.',
  'string': 'Fill in this field.',
  'minLength': 'Fill in this field.',
  'maxLength': 'Use at most {{ max }} characters.',
  'number': 'Enter a number.',
  'withoutDecimals': 'Enter a whole number.',
  'min': 'Enter at least {{ min }}.',
  'max': 'Enter at most {{ max }}.',
  'range': 'Enter a number between {{ min }} and {{ max }}.',
  'positive': 'Enter a number above zero.',
  'boolean': 'Choose yes or no.',
  'enum': 'Choose one of the listed values.',
  'in': 'Choose one of the listed values.',
  'date': 'Enter a valid date.',
  'object': 'Fill in the specifications.',
  'email': 'Enter a valid email address.',
  'array': 'Send a list.',
  'distinct': 'Each line may appear only once.',
  'specs.required': 'Fill in the specifications of this category.',
})

// ---------------------------------------------------------------------------
// Money
// ---------------------------------------------------------------------------

/**
 * Refuses text that parseEuroToCents refuses (with its message, which says
 * how to write the amount) and amounts outside [min, max] cents.
 */
const euroAmountRule = vine.createRule<{ min: number; max: number }>(
  (value, options, field) => {
    if (typeof value !== 'string') return
    let cents: number
    try {
      cents = parseEuroToCents(value)
    } catch (error) {
      const message =
        error instanceof InvalidAmountError ? error.message : 'Enter an amount in euros.'
      field.report(message, 'euroAmount', field)
      return
    }
    if (cents < options.min) {
      field.report(
        options.min === 0 ? 'The amount cannot be negative.' : 'The amount is too small.',
        'euroAmount.min',
        field,
        options
      )
    } else if (cents > options.max) {
      field.report('The amount is too large.', 'euroAmount.max', field, options)
    }
  },
  { name: 'euroAmount' }
)

/**
 * An amount in euros typed by staff (`1.234,56`, `1234.56`, `899`, `12,5 €`);
 * the validated value is integer cents.
 */
export function euros(options: { min?: number; max?: number } = {}) {
  return vine
    .string()
    .trim()
    .use(euroAmountRule({ min: options.min ?? 0, max: options.max ?? MAX_PRICE_CENTS }))
    .transform((value) => parseEuroToCents(value))
}

// ---------------------------------------------------------------------------
// Shared field shapes
// ---------------------------------------------------------------------------

/** Required text, trimmed, not blank. */
const text = (max = 100) => vine.string().trim().minLength(1).maxLength(max)
/** Optional text, trimmed; blank becomes undefined in the services (null in the row). */
const optionalText = (max = 100) => vine.string().trim().maxLength(max).optional()
/** A whole number in [min, max]. */
const whole = (min: number, max: number) => vine.number().withoutDecimals().range([min, max])
/** A measurement that may have decimals (GHz, CFM, dBA, slots). */
const measure = (max: number) => vine.number().positive().max(max)

// ---------------------------------------------------------------------------
// Component specs, one schema per category
// ---------------------------------------------------------------------------

export const cpuSpecs = () =>
  vine.object({
    socket: text(30),
    cores: whole(1, 256),
    threads: whole(1, 512),
    baseClockGhz: measure(10).optional(),
    boostClockGhz: measure(10).optional(),
    tdpW: whole(1, 1000),
    integratedGraphics: vine.boolean().optional(),
  })

export const gpuSpecs = () =>
  vine.object({
    chipset: text(100),
    gpuVendor: vine.enum(['NVIDIA', 'AMD', 'Intel'] as const).optional(),
    vramGb: whole(1, 512),
    memoryType: optionalText(30),
    tgpW: whole(1, 2000),
    lengthMm: whole(50, 600),
    slots: measure(6).optional(),
    powerConnector: optionalText(50),
  })

export const motherboardSpecs = () =>
  vine.object({
    socket: text(30),
    chipset: text(30),
    formFactor: text(30),
    memoryType: text(30),
    memorySlots: whole(1, 16).optional(),
    m2Slots: whole(0, 16).optional(),
    wifi: vine.boolean().optional(),
  })

export const ramSpecs = () =>
  vine.object({
    type: text(30),
    capacityGb: whole(1, 4096),
    modules: whole(1, 16),
    speedMts: whole(100, 20_000),
    casLatency: whole(1, 100).optional(),
  })

export const storageSpecs = () =>
  vine.object({
    type: text(50),
    capacityGb: whole(1, 1_000_000),
    interface: text(50),
    formFactor: optionalText(50),
    readMbps: whole(1, 100_000).optional(),
    writeMbps: whole(1, 100_000).optional(),
  })

export const psuSpecs = () =>
  vine.object({
    wattage: whole(100, 5000),
    efficiency: text(50),
    modular: vine.enum(['full', 'semi', 'none'] as const).optional(),
    atxVersion: optionalText(20),
    formFactor: optionalText(30),
  })

export const caseSpecs = () =>
  vine.object({
    formFactor: text(50),
    motherboardSupport: text(200),
    maxGpuLengthMm: whole(50, 1000),
    maxCoolerHeightMm: whole(10, 500).optional(),
    includedFans: whole(0, 20).optional(),
  })

/** An air cooler has a height (case clearance), a liquid one a radiator size. */
export const coolerSpecs = () =>
  vine
    .object({
      type: vine.enum(['air', 'aio'] as const),
      tdpRatingW: whole(1, 1000),
      sockets: text(200),
    })
    .merge(
      vine.group([
        vine.group.if((specs) => specs.type === 'aio', { radiatorMm: whole(80, 480) }),
        vine.group.else({ heightMm: whole(10, 300) }),
      ])
    )

export const fanSpecs = () =>
  vine.object({
    sizeMm: whole(20, 250),
    maxRpm: whole(100, 10_000).optional(),
    airflowCfm: measure(500).optional(),
    noiseDba: measure(100).optional(),
    pwm: vine.boolean().optional(),
    rgb: vine.boolean().optional(),
    packCount: whole(1, 20).optional(),
  })

const MAX_OTHER_SPEC_KEYS = 30

/** Every extra key of an `other` part: a short camelCase name and a scalar value. */
const scalarSpecsRule = vine.createRule(
  (value, _options, field) => {
    if (!value || typeof value !== 'object') return
    const entries = Object.entries(value as Record<string, unknown>)
    if (entries.length > MAX_OTHER_SPEC_KEYS) {
      field.report(`Use at most ${MAX_OTHER_SPEC_KEYS} specifications.`, 'scalarSpecs', field)
      return
    }
    for (const [key, item] of entries) {
      const scalar =
        (typeof item === 'string' && item.length <= 200) ||
        (typeof item === 'number' && Number.isFinite(item)) ||
        typeof item === 'boolean'
      if (!/^[a-zA-Z][a-zA-Z0-9]{0,39}$/.test(key) || !scalar) {
        field.report(
          `Specification "${key}" must have a short camelCase name and a text, number or yes/no value.`,
          'scalarSpecs',
          field
        )
        return
      }
    }
  },
  { name: 'scalarSpecs' }
)

/** Thermal paste, Wi-Fi cards, risers, cables…: a `type` and whatever describes the part. */
export const otherSpecs = () =>
  vine
    .object({ type: text(100) })
    .allowUnknownProperties<string | number | boolean>()
    .use(scalarSpecsRule())

/** The spec schema of each category (a fresh schema per call). */
export const SPEC_SCHEMAS = {
  cpu: cpuSpecs,
  gpu: gpuSpecs,
  motherboard: motherboardSpecs,
  ram: ramSpecs,
  storage: storageSpecs,
  psu: psuSpecs,
  case: caseSpecs,
  cooler: coolerSpecs,
  fan: fanSpecs,
  other: otherSpecs,
} satisfies Record<ComponentCategory, () => unknown>

/** Validates `specs` with the schema of the sibling `category` field. */
function specsForCategory() {
  return vine
    .union(
      COMPONENT_CATEGORIES.map((category) =>
        vine.union.if(
          (_value, field: FieldContext) => field.parent?.category === category,
          SPEC_SCHEMAS[category]()
        )
      )
    )
    .otherwise((_value, field) => {
      // An unknown category is reported on `category` itself; nothing to add here.
      if ((COMPONENT_CATEGORIES as readonly unknown[]).includes(field.parent?.category)) {
        field.report('Fill in the specifications of this category.', 'specs', field)
      }
    })
}

/** Only the specs of one category (a form that edits the specs alone). */
export function componentSpecsValidator<C extends ComponentCategory>(category: C) {
  const schema = SPEC_SCHEMAS[category]() as ReturnType<(typeof SPEC_SCHEMAS)[C]>
  const validator = vine.create(schema)
  validator.messagesProvider = catalogMessages
  return validator
}

// ---------------------------------------------------------------------------
// Components
// ---------------------------------------------------------------------------

/** Create or edit (full form) a component; `price` is validated into cents. */
export const componentValidator = vine.create({
  category: vine.enum(COMPONENT_CATEGORIES),
  brand: text(100),
  model: text(200),
  sku: optionalText(100),
  price: euros(),
  active: vine.boolean().optional(),
  specs: specsForCategory(),
})
componentValidator.messagesProvider = catalogMessages
export type ComponentPayload = Infer<typeof componentValidator>

const page = () => vine.number().withoutDecimals().range([1, 100_000]).optional()
const perPage = () => vine.number().withoutDecimals().range([1, 100]).optional()

/** Query string of the component list: `?q=&category=&brand=&active=&page=&perPage=`. */
export const componentSearchValidator = vine.create({
  q: vine.string().trim().maxLength(100).optional(),
  category: vine.enum(COMPONENT_CATEGORIES).optional(),
  brand: vine.string().trim().maxLength(100).optional(),
  active: vine.boolean().optional(),
  page: page(),
  perPage: perPage(),
})
componentSearchValidator.messagesProvider = catalogMessages
export type ComponentSearchPayload = Infer<typeof componentSearchValidator>

/** A supplier's price; `updateCurrentPrice` also makes it the component's selling price. */
export const supplierPriceValidator = vine.create({
  supplier: text(120),
  price: euros(),
  recordedAt: vine.date({ formats: ['YYYY-MM-DD', 'iso8601'] }).optional(),
  updateCurrentPrice: vine.boolean().optional(),
})
supplierPriceValidator.messagesProvider = catalogMessages
export type SupplierPricePayload = Infer<typeof supplierPriceValidator>

// ---------------------------------------------------------------------------
// The six other catalog kinds
// ---------------------------------------------------------------------------

/** The columns every catalog kind shares. */
const catalogItem = () => ({
  name: text(200),
  description: optionalText(2000),
  price: euros(),
  active: vine.boolean().optional(),
})

export const operatingSystemValidator = vine.create({
  ...catalogItem(),
  edition: optionalText(100),
  licenseType: optionalText(50),
})
operatingSystemValidator.messagesProvider = catalogMessages

export const serviceValidator = vine.create({
  ...catalogItem(),
})
serviceValidator.messagesProvider = catalogMessages

export const warrantyValidator = vine.create({
  ...catalogItem(),
  durationMonths: whole(1, 120),
})
warrantyValidator.messagesProvider = catalogMessages

export const shippingMethodValidator = vine.create({
  ...catalogItem(),
  carrier: optionalText(100),
  isPickup: vine.boolean().optional(),
})
shippingMethodValidator.messagesProvider = catalogMessages

export const peripheralValidator = vine.create({
  ...catalogItem(),
  brand: optionalText(100),
  kind: optionalText(50),
})
peripheralValidator.messagesProvider = catalogMessages

export const softwareValidator = vine.create({
  ...catalogItem(),
  vendor: optionalText(100),
  licenseType: optionalText(50),
})
softwareValidator.messagesProvider = catalogMessages

/** The validator of each non-component catalog kind, keyed like order line kinds. */
export const CATALOG_ITEM_VALIDATORS = {
  operating_system: operatingSystemValidator,
  service: serviceValidator,
  warranty: warrantyValidator,
  shipping: shippingMethodValidator,
  peripheral: peripheralValidator,
  software: softwareValidator,
}

export type OperatingSystemPayload = Infer<typeof operatingSystemValidator>
export type ServicePayload = Infer<typeof serviceValidator>
export type WarrantyPayload = Infer<typeof warrantyValidator>
export type ShippingMethodPayload = Infer<typeof shippingMethodValidator>
export type PeripheralPayload = Infer<typeof peripheralValidator>
export type SoftwarePayload = Infer<typeof softwareValidator>

/** Query string of a non-component catalog list: `?q=&active=&page=&perPage=`. */
export const catalogSearchValidator = vine.create({
  q: vine.string().trim().maxLength(100).optional(),
  active: vine.boolean().optional(),
  page: page(),
  perPage: perPage(),
})
catalogSearchValidator.messagesProvider = catalogMessages
export type CatalogSearchPayload = Infer<typeof catalogSearchValidator>
