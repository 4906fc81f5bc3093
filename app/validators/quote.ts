/*
| Quote editor forms (back office). Amounts are typed in euros and validated
| into integer cents by `euros()` (see app/validators/catalog.ts): `budget`,
| `unitPrice` come out as cents; QuoteService takes `budgetCents` /
| `unitPriceCents`. Dates (`validUntil`) are calendar days, YYYY-MM-DD.
*/
import vine from '@vinejs/vine'
import type { Infer } from '@vinejs/vine/types'
import { COMPONENT_CATEGORIES, LINE_ITEM_KINDS, LOCALES } from '#domain/statuses'
import { VAT_RATES_BP } from '#domain/money'
import { catalogMessages, euros } from '#validators/catalog'

/** The most of one item a line may carry. */
export const MAX_LINE_QUANTITY = 999

const quantity = () => vine.number().withoutDecimals().range([1, MAX_LINE_QUANTITY])
/** VAT in basis points: one of the rates a line may carry (2400 = 24 %, 1300, 600, 0). */
const vatRateBp = () => vine.number().in([...VAT_RATES_BP])
const calendarDay = () => vine.date({ formats: ['YYYY-MM-DD'] })

/** The longest an order's notes (either kind) may be. */
export const NOTES_MAX_LENGTH = 5000

const notes = () => vine.string().trim().maxLength(NOTES_MAX_LENGTH)

/** What the customer told staff: the draft is created from it. */
export const quoteIntakeValidator = vine.create({
  intakeName: vine.string().trim().minLength(1).maxLength(200),
  intakeEmail: vine.string().trim().maxLength(254).email(),
  intakePhone: vine.string().trim().maxLength(40).optional(),
  /** The customer's language: their emails are written in it (Greek when not given). */
  intakeLocale: vine.enum(LOCALES).optional(),
  useCase: vine.string().trim().maxLength(200).optional(),
  budget: euros().optional(),
  notes: notes().optional(),
  internalNotes: notes().optional(),
})
quoteIntakeValidator.messagesProvider = catalogMessages
export type QuoteIntakePayload = Infer<typeof quoteIntakeValidator>

/**
 * Staff notes on an order, at any stage (internal notes never reach the
 * customer). A field left out stays as it is; a blank one (null after the
 * body parser) clears it, hence nullable.
 */
export const orderNotesValidator = vine.create({
  notes: notes().nullable().optional(),
  internalNotes: notes().nullable().optional(),
})
orderNotesValidator.messagesProvider = catalogMessages
export type OrderNotesPayload = Infer<typeof orderNotesValidator>

/** A line copied from the catalog: which kind, which row, how many. */
export const catalogLineValidator = vine.create({
  kind: vine.enum(LINE_ITEM_KINDS),
  catalogId: vine.number().withoutDecimals().positive(),
  quantity: quantity().optional(),
})
catalogLineValidator.messagesProvider = catalogMessages
export type CatalogLinePayload = Infer<typeof catalogLineValidator>

/**
 * A line typed by hand (a part not in the catalog, a custom service…). A
 * warranty line needs its duration (warranty reminders are computed from it);
 * `category` applies to component lines, `isPickup` to shipping lines.
 */
export const customLineValidator = vine.create({
  kind: vine.enum(LINE_ITEM_KINDS),
  name: vine.string().trim().minLength(1).maxLength(300),
  description: vine.string().trim().maxLength(2000).optional(),
  category: vine.enum(COMPONENT_CATEGORIES).optional(),
  sku: vine.string().trim().maxLength(100).optional(),
  unitPrice: euros(),
  vatRateBp: vatRateBp().optional(),
  quantity: quantity().optional(),
  warrantyMonths: vine
    .number()
    .withoutDecimals()
    .range([1, 120])
    .optional()
    .requiredWhen('kind', '=', 'warranty'),
  isPickup: vine.boolean().optional(),
})
customLineValidator.messagesProvider = catalogMessages
export type CustomLinePayload = Infer<typeof customLineValidator>

/**
 * Edit a line. A new `unitPrice` on a line copied from the catalog is a price
 * override and needs `priceOverrideReason` (QuoteService checks it, since only
 * it knows the catalog price); the catalog price is kept on the line.
 */
export const updateLineValidator = vine.create({
  quantity: quantity().optional(),
  unitPrice: euros().optional(),
  priceOverrideReason: vine.string().trim().maxLength(300).optional(),
  vatRateBp: vatRateBp().optional(),
  name: vine.string().trim().minLength(1).maxLength(300).optional(),
  description: vine.string().trim().maxLength(2000).optional(),
})
updateLineValidator.messagesProvider = catalogMessages
export type UpdateLinePayload = Infer<typeof updateLineValidator>

/** The order's line ids in their new order (every line exactly once). */
export const reorderLinesValidator = vine.create({
  lineIds: vine.array(vine.number().withoutDecimals().positive()).minLength(1).distinct(),
})
reorderLinesValidator.messagesProvider = catalogMessages
export type ReorderLinesPayload = Infer<typeof reorderLinesValidator>

/** Publish: the validity date defaults to 14 days from today (Athens). */
export const publishQuoteValidator = vine.create({
  validUntil: calendarDay().optional(),
})
publishQuoteValidator.messagesProvider = catalogMessages
export type PublishQuotePayload = Infer<typeof publishQuoteValidator>

/** Extend (or change) a published quote's validity. */
export const quoteValidityValidator = vine.create({
  validUntil: calendarDay(),
})
quoteValidityValidator.messagesProvider = catalogMessages
export type QuoteValidityPayload = Infer<typeof quoteValidityValidator>

/** The quote editor's line picker: active catalog rows of one kind (`?kind=&q=&category=`). */
export const catalogPickSearchValidator = vine.create({
  kind: vine.enum(LINE_ITEM_KINDS),
  q: vine.string().trim().maxLength(100).optional(),
  category: vine.enum(COMPONENT_CATEGORIES).optional(),
})
catalogPickSearchValidator.messagesProvider = catalogMessages
export type CatalogPickSearchPayload = Infer<typeof catalogPickSearchValidator>
