/*
| The one list of every status value in the app. Migrations build their CHECK
| constraints from these arrays, models type their columns with them, and the
| lifecycle module (order_lifecycle.ts) defines the transitions between them.
| The English names staff read of the other lists are here too (`*_LABELS`;
| the statuses' words, in both languages, are in resources/lang via
| status_labels.ts). Pages never hold their own copy: transformers send each
| value with its label, and selects get their options from `labelledOptions`.
*/

/** A value and how a page names it (a select option, a badge). */
export type Labelled<Value extends string = string> = { value: Value; label: string }

/** `[{ value, label }]` of every value of a list, in the list's order. */
export function labelledOptions<Value extends string>(
  values: readonly Value[],
  labels: Readonly<Record<Value, string>>
): Labelled<Value>[] {
  return values.map((value) => ({ value, label: labels[value] }))
}

export const ORDER_STATUSES = [
  'draft',
  'quote',
  'claimed',
  'confirmed',
  'completed',
  'cancelled',
] as const
export type OrderStatus = (typeof ORDER_STATUSES)[number]

export const PAYMENT_STATUSES = ['unpaid', 'awaiting_payment', 'paid', 'refunded'] as const
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number]

export const FULFILLMENT_STATUSES = [
  'awaiting_parts',
  'assembling',
  'setup',
  'testing',
  'ready',
  'packaging',
  'shipped',
  'completed',
] as const
export type FulfillmentStatus = (typeof FULFILLMENT_STATUSES)[number]

export const BUILD_STATUSES = ['pending', 'in_progress', 'testing', 'completed', 'failed'] as const
export type BuildStatus = (typeof BUILD_STATUSES)[number]

/** The three independent axes of an order (SPEC §4). */
export const STATUS_AXES = ['orderStatus', 'paymentStatus', 'fulfillmentStatus'] as const
export type StatusAxis = (typeof STATUS_AXES)[number]
// Their names and the statuses' words in both languages: status_labels.ts.

export const USER_ROLES = ['customer', 'admin', 'superadmin'] as const
export type UserRole = (typeof USER_ROLES)[number]
export const STAFF_ROLES = ['admin', 'superadmin'] as const satisfies readonly UserRole[]
export const USER_ROLE_LABELS: Readonly<Record<UserRole, string>> = {
  customer: 'customer',
  admin: 'admin — runs the shop',
  superadmin: 'superadmin — also manages accounts',
}

export const LOCALES = ['el', 'en'] as const
export type Locale = (typeof LOCALES)[number]
/** Each language named in English (staff pages). */
export const LOCALE_LABELS: Readonly<Record<Locale, string>> = {
  el: 'Ελληνικά (Greek)',
  en: 'English',
}

export const COMPONENT_CATEGORIES = [
  'cpu',
  'gpu',
  'motherboard',
  'ram',
  'storage',
  'psu',
  'case',
  'cooler',
  'fan',
  'other',
] as const
export type ComponentCategory = (typeof COMPONENT_CATEGORIES)[number]

/** The seven line-item kinds of an order, one per catalog kind. */
export const LINE_ITEM_KINDS = [
  'component',
  'operating_system',
  'service',
  'warranty',
  'shipping',
  'peripheral',
  'software',
] as const
export type LineItemKind = (typeof LINE_ITEM_KINDS)[number]

/** The ten named photo slots of a build (SPEC §3). */
export const PHOTO_SLOTS = [
  'coverPhoto',
  'mboIoPhoto',
  'gpuIoPhoto',
  'caseIoPhoto',
  'psuPhoto',
  'powerBtnPhoto',
  'panelAPhoto',
  'panelBPhoto',
  'foamPhoto',
  'thermalPhoto',
] as const
export type PhotoSlot = (typeof PHOTO_SLOTS)[number]

export const ATTACHABLE_TYPES = [
  'order',
  'build',
  'timeline_step',
  'event_log',
  'test_run',
] as const
export type AttachableType = (typeof ATTACHABLE_TYPES)[number]

export const ATTACHMENT_KINDS = ['photo_slot', 'booklet', 'document', 'photo'] as const
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number]

export const ATTACHMENT_VISIBILITIES = ['customer', 'staff'] as const
export type AttachmentVisibility = (typeof ATTACHMENT_VISIBILITIES)[number]

export const USER_TOKEN_PURPOSES = ['email_verification', 'password_reset', 'email_change'] as const
export type UserTokenPurpose = (typeof USER_TOKEN_PURPOSES)[number]

export const TIMELINE_STEP_STATUSES = ['pending', 'in_progress', 'done', 'skipped'] as const
export type TimelineStepStatus = (typeof TIMELINE_STEP_STATUSES)[number]

export const BOOKLET_TYPES = ['quick_start', 'technical_dossier'] as const
export type BookletType = (typeof BOOKLET_TYPES)[number]
