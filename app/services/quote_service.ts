import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { Exception } from '@adonisjs/core/exceptions'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { assertTransition } from '#domain/order_lifecycle'
import { assertNonNegativeCents, assertVatRateBp, DEFAULT_VAT_RATE_BP } from '#domain/money'
import { generateClaimCode } from '#domain/claim_code'
import type { ComponentCategory, LineItemKind, Locale, OrderStatus } from '#domain/statuses'
import Order from '#models/order'
import OrderLine from '#models/order_line'
import Component from '#models/component'
import type User from '#models/user'
import QuotePublished from '#events/quote_published'
import QuoteValidityExtended from '#events/quote_validity_extended'
import ActivityLogService from '#services/activity_log_service'
import { isUniqueViolation } from '#services/database_errors'
import { formError } from '#services/form_errors'
import OrderTotalsService from '#services/order_totals_service'
import OrderTransitionService from '#services/order_transition_service'
import {
  blankToNull,
  CATALOG_ITEM_MODELS,
  type CatalogItemKind,
  type CatalogSpecs,
} from '#services/catalog_service'

/*
| The quote editor's backend (SPEC §5, staff flows 1–2).
|
| - A draft is created from the customer's intake; lines of the seven kinds
|   are added from the catalog (a SNAPSHOT: name, specs, price, VAT copied now;
|   later catalog edits change no existing order) or typed by hand.
| - Lines change only while the order is a draft. Each change runs in one
|   transaction that locks the order row, checks it is still a draft, writes
|   the line(s) and recomputes the cached totals (OrderTotalsService), so two
|   staff editing the same quote queue up and the totals always match the
|   lines. A published quote is refused with QuoteNotEditableError (422).
| - Publishing moves draft → quote through OrderTransitionService (history
|   row, OrderStatusChanged), generates the claim code, stamps publishedAt and
|   the validity date, and emits QuotePublished once committed.
|
| Dates: the shop is in Athens. A quote is valid through the whole of its
| `quoteValidUntil` day in Athens time, and expired from the next Athens day.
*/

export const SHOP_TIME_ZONE = 'Europe/Athens'
/** How long a published quote is valid unless staff choose a date. */
export const QUOTE_VALIDITY_DAYS = 14
/** Claim code collisions (80 random bits) are practically impossible; retrying a few times is plenty. */
const CLAIM_CODE_ATTEMPTS = 5

/** The public page of a published quote (SPEC §12): the link the customer is sent. */
export function quotePath(claimCode: string) {
  return `/quote/${claimCode}`
}

/** Today's date in Athens, YYYY-MM-DD. */
export function athensToday(now: DateTime = DateTime.now()) {
  return now.setZone(SHOP_TIME_ZONE).toISODate()!
}

/**
 * Whether a published quote is past its validity date (Athens time). An
 * expired quote cannot be accepted until staff extend it (extendValidity).
 * An order without a validity date (a draft) is not expired.
 */
export function isQuoteExpired(
  order: Pick<Order, 'quoteValidUntil'>,
  now: DateTime = DateTime.now()
): boolean {
  const validUntil = order.quoteValidUntil?.toISODate()
  return Boolean(validUntil) && validUntil! < athensToday(now)
}

/** A calendar day (YYYY-MM-DD string, JS Date from a validator, or DateTime) as an Athens date. */
function calendarDay(value: DateTime | Date | string, field: string) {
  const iso =
    typeof value === 'string'
      ? value
      : value instanceof Date
        ? DateTime.fromJSDate(value).toISODate()
        : value.toISODate()
  const day = iso ? DateTime.fromISO(iso, { zone: SHOP_TIME_ZONE }).startOf('day') : null
  if (!day?.isValid) throw formError(field, 'Enter a valid date.', 'date')
  return day
}

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

const STATUS_WORDS: Record<OrderStatus, string> = {
  draft: 'a draft',
  quote: 'a published quote',
  claimed: 'a claimed quote',
  confirmed: 'a confirmed order',
  completed: 'a completed order',
  cancelled: 'a cancelled order',
}

/** Lines (and intake) are edited only while the order is a draft. */
export class QuoteNotEditableError extends Exception {
  static status = 422
  static code = 'E_QUOTE_NOT_EDITABLE'

  constructor(
    public orderNumber: string,
    public orderStatus: OrderStatus
  ) {
    super(
      `Order ${orderNumber} is ${STATUS_WORDS[orderStatus]} (orderStatus: ${orderStatus}): its lines can only be edited while it is a draft`,
      { status: 422, code: 'E_QUOTE_NOT_EDITABLE' }
    )
  }
}

/** A quote without lines cannot be published. */
export class EmptyQuoteError extends Exception {
  static status = 422
  static code = 'E_EMPTY_QUOTE'

  constructor(public orderNumber: string) {
    super(`Order ${orderNumber} has no lines: add at least one before publishing the quote`, {
      status: 422,
      code: 'E_EMPTY_QUOTE',
    })
  }
}

/** A deactivated catalog row is kept for old quotes but offered to no new one. */
export class CatalogItemInactiveError extends Exception {
  static status = 422
  static code = 'E_CATALOG_ITEM_INACTIVE'

  constructor(kind: LineItemKind, name: string) {
    super(`"${name}" (${kind}) is no longer active in the catalog and cannot be added to a quote`, {
      status: 422,
      code: 'E_CATALOG_ITEM_INACTIVE',
    })
  }
}

/** Only a published quote not yet accepted has a validity date that matters. */
export class QuoteValidityError extends Exception {
  static status = 422
  static code = 'E_QUOTE_VALIDITY_LOCKED'

  constructor(orderNumber: string, orderStatus: OrderStatus) {
    super(
      `Order ${orderNumber} is ${STATUS_WORDS[orderStatus]} (orderStatus: ${orderStatus}): only a published quote that has not been accepted has a validity date to change`,
      { status: 422, code: 'E_QUOTE_VALIDITY_LOCKED' }
    )
  }
}

// ---------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------

export type QuoteIntake = {
  intakeName: string
  intakeEmail: string
  intakePhone?: string | null
  /** The customer's language (Greek when not given). */
  intakeLocale?: Locale
  useCase?: string | null
  budgetCents?: number | null
  notes?: string | null
  internalNotes?: string | null
}

export type CustomLineInput = {
  kind: LineItemKind
  name: string
  description?: string | null
  /** Component lines only. */
  category?: ComponentCategory | null
  sku?: string | null
  specs?: CatalogSpecs
  unitPriceCents: number
  vatRateBp?: number
  quantity?: number
  /** Required for a warranty line (reminders are computed from it). */
  warrantyMonths?: number | null
  /** Shipping lines only: in-store pickup. */
  isPickup?: boolean
}

/** Left out = unchanged. */
export type LineChanges = {
  quantity?: number
  /**
   * On a line copied from the catalog, a price other than the catalog price
   * is an override: it needs `priceOverrideReason` (or an earlier one on the
   * line), and the catalog price is kept in `catalogPriceCents`. Setting the
   * catalog price again removes the override. Lines typed by hand have no
   * catalog price: their price is simply edited.
   */
  unitPriceCents?: number
  priceOverrideReason?: string | null
  vatRateBp?: number
  name?: string
  /** null or blank clears it. */
  description?: string | null
}

type Snapshot = Pick<
  OrderLine,
  | 'category'
  | 'name'
  | 'description'
  | 'sku'
  | 'specs'
  | 'unitPriceCents'
  | 'isPickup'
  | 'warrantyMonths'
>

/** Specs without empty values (a null edition, a missing carrier…). */
function specsOf(values: Record<string, string | number | boolean | null | undefined>) {
  const specs: CatalogSpecs = {}
  for (const [key, value] of Object.entries(values)) {
    if (value !== null && value !== undefined && value !== '') specs[key] = value
  }
  return specs
}

function assertQuantity(quantity: number) {
  if (!Number.isSafeInteger(quantity) || quantity < 1) {
    throw formError('quantity', 'Enter a whole number of at least 1.', 'min')
  }
}

// ---------------------------------------------------------------------------
// Service
// ---------------------------------------------------------------------------

export type QuoteServiceOptions = {
  transitions?: OrderTransitionService
  totals?: OrderTotalsService
  activity?: ActivityLogService
  /** Claim code generator (tests force a collision with it). */
  claimCodes?: () => string
}

export default class QuoteService {
  #transitions: OrderTransitionService
  #totals: OrderTotalsService
  #activity: ActivityLogService
  #claimCodes: () => string

  constructor(options: QuoteServiceOptions = {}) {
    this.#transitions = options.transitions ?? new OrderTransitionService()
    this.#totals = options.totals ?? new OrderTotalsService()
    this.#activity = options.activity ?? new ActivityLogService()
    this.#claimCodes = options.claimCodes ?? generateClaimCode
  }

  // -------------------------------------------------------------------------
  // Draft and intake
  // -------------------------------------------------------------------------

  /** A new draft (number from the database) from what the customer told staff. */
  async createDraft(intake: QuoteIntake, staffUser: User | null) {
    if (intake.budgetCents !== null && intake.budgetCents !== undefined) {
      assertNonNegativeCents(intake.budgetCents, 'budget')
    }
    return db.transaction(async (trx) => {
      const order = new Order()
      order.useTransaction(trx)
      order.merge({
        ...this.#intakeAttributes(intake),
        internalNotes: blankToNull(intake.internalNotes),
        createdById: staffUser?.id ?? null,
        // The column defaults, spelled out so the returned instance has them.
        orderStatus: 'draft',
        paymentStatus: 'unpaid',
        fulfillmentStatus: null,
        totalNetCents: 0,
        totalVatCents: 0,
        totalGrossCents: 0,
      })
      await order.save()
      await this.#activity.record(
        {
          actor: staffUser,
          action: 'quote.draft_created',
          subject: { type: 'order', id: order.id },
          metadata: { orderNumber: order.orderNumber, intakeEmail: order.intakeEmail },
        },
        trx
      )
      return order
    })
  }

  /** Corrects the intake of a draft (name, email, phone, use case, budget, notes). */
  async updateIntake(order: Order | number, intake: QuoteIntake, actor: User | null) {
    if (intake.budgetCents !== null && intake.budgetCents !== undefined) {
      assertNonNegativeCents(intake.budgetCents, 'budget')
    }
    return this.#editDraft(
      order,
      async (locked, trx) => {
        locked.merge(this.#intakeAttributes(intake))
        if (intake.internalNotes !== undefined) {
          locked.internalNotes = blankToNull(intake.internalNotes)
        }
        const changed = Object.keys(locked.$dirty)
        await locked.save()
        if (changed.length) {
          await this.#activity.record(
            {
              actor,
              action: 'quote.intake_updated',
              subject: { type: 'order', id: locked.id },
              metadata: { orderNumber: locked.orderNumber, fields: changed },
            },
            trx
          )
        }
        return locked
      },
      { recalculate: false }
    )
  }

  /** Staff notes, at any stage of the order (left out = unchanged). */
  async updateNotes(
    order: Order | number,
    notes: { notes?: string | null; internalNotes?: string | null },
    actor: User | null
  ) {
    const updated = await db.transaction(async (trx) => {
      const locked = await this.#lock(order, trx)
      if (notes.notes !== undefined) locked.notes = blankToNull(notes.notes)
      if (notes.internalNotes !== undefined) locked.internalNotes = blankToNull(notes.internalNotes)
      const changed = Object.keys(locked.$dirty)
      if (changed.length === 0) return locked
      await locked.save()
      await this.#activity.record(
        {
          actor,
          action: 'order.notes_updated',
          subject: { type: 'order', id: locked.id },
          metadata: { orderNumber: locked.orderNumber, fields: changed },
        },
        trx
      )
      return locked
    })
    if (order instanceof Order) await order.refresh()
    return updated
  }

  // -------------------------------------------------------------------------
  // Lines
  // -------------------------------------------------------------------------

  /**
   * Copies an active catalog row into a new line at the end of the draft:
   * components as "brand model" with category, SKU and specs; warranties with
   * their duration; shipping with its pickup flag; the others with name,
   * description and their particulars in `specs`. Standard VAT (24 %).
   */
  async addCatalogLine(order: Order | number, kind: LineItemKind, catalogId: number, quantity = 1) {
    assertQuantity(quantity)
    return this.#editDraft(order, async (locked, trx) => {
      const snapshot = await this.#snapshot(kind, catalogId, trx)
      const line = await OrderLine.create(
        {
          orderId: locked.id,
          kind,
          sourceId: catalogId,
          position: await this.#nextPosition(locked.id, trx),
          ...snapshot,
          catalogPriceCents: null,
          priceOverrideReason: null,
          vatRateBp: DEFAULT_VAT_RATE_BP,
          quantity,
        },
        { client: trx }
      )
      return line
    })
  }

  /** A line typed by staff (not from the catalog). */
  async addCustomLine(order: Order | number, input: CustomLineInput) {
    const quantity = input.quantity ?? 1
    const vatRateBp = input.vatRateBp ?? DEFAULT_VAT_RATE_BP
    assertQuantity(quantity)
    assertNonNegativeCents(input.unitPriceCents, 'unit price')
    assertVatRateBp(vatRateBp)
    const name = input.name.trim()
    if (!name) throw formError('name', 'Fill in this field.', 'required')
    if (input.kind === 'warranty' && !input.warrantyMonths) {
      throw formError('warrantyMonths', 'Enter the warranty duration in months.', 'required')
    }
    return this.#editDraft(order, async (locked, trx) =>
      OrderLine.create(
        {
          orderId: locked.id,
          kind: input.kind,
          sourceId: null,
          position: await this.#nextPosition(locked.id, trx),
          category: input.kind === 'component' ? (input.category ?? null) : null,
          name,
          description: blankToNull(input.description),
          sku: blankToNull(input.sku),
          specs: specsOf(input.specs ?? {}),
          unitPriceCents: input.unitPriceCents,
          catalogPriceCents: null,
          priceOverrideReason: null,
          vatRateBp,
          quantity,
          isPickup: input.kind === 'shipping' ? Boolean(input.isPickup) : false,
          warrantyMonths: input.kind === 'warranty' ? (input.warrantyMonths ?? null) : null,
        },
        { client: trx }
      )
    )
  }

  async updateLine(
    order: Order | number,
    lineId: number,
    changes: LineChanges,
    actor: User | null = null
  ) {
    if (changes.quantity !== undefined) assertQuantity(changes.quantity)
    if (changes.unitPriceCents !== undefined) {
      assertNonNegativeCents(changes.unitPriceCents, 'unit price')
    }
    if (changes.vatRateBp !== undefined) assertVatRateBp(changes.vatRateBp)

    return this.#editDraft(order, async (locked, trx) => {
      const line = await this.#line(locked, lineId, trx)
      if (changes.quantity !== undefined) line.quantity = changes.quantity
      if (changes.vatRateBp !== undefined) line.vatRateBp = changes.vatRateBp
      if (changes.name !== undefined) {
        const name = changes.name.trim()
        if (!name) throw formError('name', 'Fill in this field.', 'required')
        line.name = name
      }
      if (changes.description !== undefined) line.description = blankToNull(changes.description)

      const override = this.#applyPrice(line, changes)
      await line.save()

      if (override) {
        await this.#activity.record(
          {
            actor,
            action: override.action,
            subject: { type: 'order', id: locked.id },
            metadata: {
              orderNumber: locked.orderNumber,
              lineId: line.id,
              name: line.name,
              catalogPriceCents: override.catalogPriceCents,
              unitPriceCents: line.unitPriceCents,
              reason: line.priceOverrideReason,
            },
          },
          trx
        )
      }
      return line
    })
  }

  async removeLine(order: Order | number, lineId: number) {
    await this.#editDraft(order, async (locked, trx) => {
      const line = await this.#line(locked, lineId, trx)
      await line.delete()
    })
  }

  /** New order of the lines: `lineIds` lists every line of the order exactly once. */
  async reorder(order: Order | number, lineIds: number[]) {
    return this.#editDraft(
      order,
      async (locked, trx) => {
        const lines = await OrderLine.query({ client: trx }).where('orderId', locked.id)
        const current = new Set(lines.map((line) => line.id))
        const wanted = new Set(lineIds)
        if (
          wanted.size !== lineIds.length ||
          wanted.size !== current.size ||
          lineIds.some((id) => !current.has(id))
        ) {
          throw formError('lineIds', 'Send every line of the order exactly once.', 'lineIds')
        }
        // One statement for all positions.
        await trx.rawQuery(
          `update order_lines set position = v.position, updated_at = now()
             from (values ${lineIds.map(() => '(?::int, ?::int)').join(', ')}) as v(id, position)
            where order_lines.id = v.id and order_lines.order_id = ?`,
          [...lineIds.flatMap((id, position) => [id, position]), locked.id]
        )
        return OrderLine.query({ client: trx })
          .where('orderId', locked.id)
          .orderBy('position')
          .orderBy('id')
      },
      { recalculate: false }
    )
  }

  // -------------------------------------------------------------------------
  // Publishing and validity
  // -------------------------------------------------------------------------

  /**
   * draft → quote: refuses an empty quote, generates the claim code, stamps
   * publishedAt and the validity date (14 days from today in Athens unless
   * given; never in the past), writes the status change through
   * OrderTransitionService, and emits QuotePublished after the commit.
   */
  async publish(
    order: Order | number,
    staffUser: User | null,
    options: { validUntil?: DateTime | Date | string } = {}
  ) {
    const today = athensToday()
    const validUntil = options.validUntil
      ? calendarDay(options.validUntil, 'validUntil')
      : DateTime.fromISO(today, { zone: SHOP_TIME_ZONE }).plus({ days: QUOTE_VALIDITY_DAYS })
    if (validUntil.toISODate()! < today) {
      throw formError('validUntil', 'The validity date cannot be in the past.', 'afterOrEqual')
    }

    const published = await db.transaction(async (trx) => {
      const locked = await this.#lock(order, trx)
      // The lifecycle's own check first: publishing anything but a draft is an invalid transition.
      assertTransition(
        {
          orderStatus: locked.orderStatus,
          paymentStatus: locked.paymentStatus,
          fulfillmentStatus: locked.fulfillmentStatus,
          isPickup: false,
        },
        'orderStatus',
        'quote'
      )
      const [{ count }] = await trx
        .from('order_lines')
        .where('order_id', locked.id)
        .count('* as count')
      if (Number(count) === 0) throw new EmptyQuoteError(locked.orderNumber)

      // Lines may have been written around the service (imports, factories): publish true totals.
      await this.#totals.recalculate(locked, trx)
      await this.#assignClaimCode(locked.id, trx)
      locked.merge({ publishedAt: DateTime.now(), quoteValidUntil: validUntil })
      await locked.save()

      return this.#transitions.apply(
        locked.id,
        { axis: 'orderStatus', to: 'quote' },
        { actor: staffUser, client: trx }
      )
    })

    if (order instanceof Order) await order.refresh()
    await QuotePublished.dispatch(published, staffUser)
    return published
  }

  /**
   * Sets a new validity date on a published quote not yet accepted (status
   * quote or claimed), e.g. so that an expired quote can be accepted again.
   * The date is an Athens calendar day, today or later.
   */
  async extendValidity(
    order: Order | number,
    validUntil: DateTime | Date | string,
    actor: User | null = null
  ) {
    const day = calendarDay(validUntil, 'validUntil')
    if (day.toISODate()! < athensToday()) {
      throw formError('validUntil', 'The validity date cannot be in the past.', 'afterOrEqual')
    }

    const result = await db.transaction(async (trx) => {
      const locked = await this.#lock(order, trx)
      if (locked.orderStatus !== 'quote' && locked.orderStatus !== 'claimed') {
        throw new QuoteValidityError(locked.orderNumber, locked.orderStatus)
      }
      const previous = locked.quoteValidUntil?.toISODate() ?? null
      locked.quoteValidUntil = day
      await locked.save()
      await this.#activity.record(
        {
          actor,
          action: 'quote.validity_extended',
          subject: { type: 'order', id: locked.id },
          metadata: {
            orderNumber: locked.orderNumber,
            changes: { quoteValidUntil: [previous, day.toISODate()] },
          },
        },
        trx
      )
      return { order: locked, previous }
    })

    if (order instanceof Order) await order.refresh()
    await QuoteValidityExtended.dispatch(result.order, result.previous, actor)
    return result.order
  }

  // -------------------------------------------------------------------------
  // Internals
  // -------------------------------------------------------------------------

  #lock(order: Order | number, trx: TransactionClientContract) {
    return Order.query({ client: trx })
      .where('id', typeof order === 'number' ? order : order.id)
      .forUpdate()
      .firstOrFail()
  }

  /**
   * Runs a change of a draft: one transaction, order row locked, refused
   * unless still a draft, totals recomputed from the lines before commit. A
   * passed Order instance is refreshed afterwards (its totals are current).
   */
  async #editDraft<T>(
    order: Order | number,
    change: (locked: Order, trx: TransactionClientContract) => Promise<T>,
    options: { recalculate?: boolean } = {}
  ): Promise<T> {
    const result = await db.transaction(async (trx) => {
      const locked = await this.#lock(order, trx)
      if (locked.orderStatus !== 'draft') {
        throw new QuoteNotEditableError(locked.orderNumber, locked.orderStatus)
      }
      const value = await change(locked, trx)
      if (options.recalculate !== false) await this.#totals.recalculate(locked, trx)
      return value
    })
    if (order instanceof Order) await order.refresh()
    return result
  }

  #line(order: Order, lineId: number, trx: TransactionClientContract) {
    return OrderLine.query({ client: trx })
      .where('id', lineId)
      .where('orderId', order.id)
      .forUpdate()
      .firstOrFail()
  }

  async #nextPosition(orderId: number, trx: TransactionClientContract) {
    const [row] = await trx
      .from('order_lines')
      .where('order_id', orderId)
      .max('position as position')
    return row?.position === null || row?.position === undefined ? 0 : Number(row.position) + 1
  }

  /** What a line copies from a catalog row of `kind` (which must exist and be active). */
  async #snapshot(
    kind: LineItemKind,
    catalogId: number,
    trx: TransactionClientContract
  ): Promise<Snapshot> {
    if (kind === 'component') {
      const component = await Component.findOrFail(catalogId, { client: trx })
      if (!component.active) throw new CatalogItemInactiveError(kind, component.displayName)
      return {
        category: component.category,
        name: component.displayName,
        description: null,
        sku: component.sku,
        specs: { ...component.specs },
        unitPriceCents: component.priceCents,
        isPickup: false,
        warrantyMonths: null,
      }
    }

    const Model = CATALOG_ITEM_MODELS[kind as CatalogItemKind]
    if (!Model) throw formError('kind', 'Choose one of the listed values.', 'enum')
    const row = (await Model.findOrFail(catalogId, { client: trx })) as InstanceType<typeof Model>
    if (!row.active) throw new CatalogItemInactiveError(kind, row.name)
    const base = {
      category: null,
      name: row.name,
      description: row.description,
      sku: null,
      unitPriceCents: row.priceCents,
      isPickup: false,
      warrantyMonths: null,
    }
    if (row instanceof CATALOG_ITEM_MODELS.operating_system) {
      return { ...base, specs: specsOf({ edition: row.edition, licenseType: row.licenseType }) }
    }
    if (row instanceof CATALOG_ITEM_MODELS.warranty) {
      return {
        ...base,
        specs: { durationMonths: row.durationMonths },
        warrantyMonths: row.durationMonths,
      }
    }
    if (row instanceof CATALOG_ITEM_MODELS.shipping) {
      return { ...base, specs: specsOf({ carrier: row.carrier }), isPickup: row.isPickup }
    }
    if (row instanceof CATALOG_ITEM_MODELS.peripheral) {
      return { ...base, specs: specsOf({ brand: row.brand, kind: row.kind }) }
    }
    if (row instanceof CATALOG_ITEM_MODELS.software) {
      return { ...base, specs: specsOf({ vendor: row.vendor, licenseType: row.licenseType }) }
    }
    return { ...base, specs: {} }
  }

  /**
   * Applies a price change to a line. Returns what to write in the activity
   * log when it created, changed or removed an override of the catalog price.
   */
  #applyPrice(line: OrderLine, changes: LineChanges) {
    const newReason =
      changes.priceOverrideReason === undefined
        ? undefined
        : blankToNull(changes.priceOverrideReason)
    const fromCatalog = line.sourceId !== null

    if (!fromCatalog) {
      // A typed line has no catalog price to override: its price is just edited.
      if (changes.unitPriceCents !== undefined) line.unitPriceCents = changes.unitPriceCents
      if (newReason !== undefined) line.priceOverrideReason = newReason
      return null
    }

    const catalogPriceCents = line.catalogPriceCents ?? line.unitPriceCents
    const price = changes.unitPriceCents ?? line.unitPriceCents

    if (price === catalogPriceCents) {
      if (line.catalogPriceCents === null) return null
      // Back to the catalog price: the override (and its reason) go away.
      line.merge({ unitPriceCents: price, catalogPriceCents: null, priceOverrideReason: null })
      return { action: 'quote.line.price_override_removed', catalogPriceCents }
    }

    const reason = newReason === undefined ? line.priceOverrideReason : newReason
    if (!reason) {
      throw formError(
        'priceOverrideReason',
        'Give the reason for changing the catalog price.',
        'required'
      )
    }
    const changed = price !== line.unitPriceCents || reason !== line.priceOverrideReason
    line.merge({ unitPriceCents: price, catalogPriceCents, priceOverrideReason: reason })
    return changed ? { action: 'quote.line.price_overridden', catalogPriceCents } : null
  }

  /**
   * Writes a fresh claim code. Each attempt runs in a savepoint, so a unique
   * collision rolls back only that attempt and the next code is tried.
   */
  async #assignClaimCode(orderId: number, trx: TransactionClientContract) {
    for (let attempt = 1; ; attempt++) {
      const code = this.#claimCodes()
      try {
        await trx.transaction(async (savepoint) => {
          await savepoint.from('orders').where('id', orderId).update({ claim_code: code })
        })
        return code
      } catch (error) {
        if (attempt < CLAIM_CODE_ATTEMPTS && isUniqueViolation(error, 'orders_claim_code_unique')) {
          continue
        }
        throw error
      }
    }
  }

  #intakeAttributes(intake: QuoteIntake) {
    return {
      intakeName: intake.intakeName.trim(),
      intakeEmail: intake.intakeEmail.trim(),
      intakePhone: blankToNull(intake.intakePhone),
      intakeLocale: intake.intakeLocale ?? 'el',
      useCase: blankToNull(intake.useCase),
      budgetCents: intake.budgetCents ?? null,
      notes: blankToNull(intake.notes),
    }
  }
}
