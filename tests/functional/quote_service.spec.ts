import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { errors } from '@vinejs/vine'
import emitter from '@adonisjs/core/services/emitter'
import { orderTotals } from '#domain/money'
import { normalizeClaimCode } from '#domain/claim_code'
import { InvalidTransitionError } from '#domain/order_lifecycle'
import ActivityLog from '#models/activity_log'
import Order from '#models/order'
import OrderLine from '#models/order_line'
import OrderStatusHistory from '#models/order_status_history'
import QuotePublished from '#events/quote_published'
import OrderStatusChanged from '#events/order_status_changed'
import { athensToday, isQuoteExpired, QUOTE_VALIDITY_DAYS } from '#domain/shop_calendar'
import {
  CatalogItemInactiveError,
  CatalogItemMissingError,
  EmptyQuoteError,
  QuoteNotEditableError,
  QuoteValidityError,
} from '#exceptions/quote_refusals'
import OrderTotalsService from '#services/order_totals_service'
import OrderTransitionService from '#services/order_transition_service'
import PublishQuoteService from '#services/publish_quote_service'
import { ComponentFactory } from '#database/factories/component_factory'
import { OperatingSystemFactory } from '#database/factories/operating_system_factory'
import { OrderFactory } from '#database/factories/order_factory'
import { PeripheralFactory } from '#database/factories/peripheral_factory'
import { ServiceFactory } from '#database/factories/service_factory'
import { ShippingMethodFactory } from '#database/factories/shipping_method_factory'
import { SoftwareFactory } from '#database/factories/software_factory'
import { UserFactory } from '#database/factories/user_factory'
import { WarrantyFactory } from '#database/factories/warranty_factory'
import { catalogUseCases } from '#tests/helpers/catalog'
import { quoteUseCases } from '#tests/helpers/quotes'

const quotes = await quoteUseCases()
const catalog = await catalogUseCases()

const CLAIM_CODE_FORMAT = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/

function staff() {
  return UserFactory.apply('admin').create()
}

/** The intake of the drafts below, as the staff form sends it. */
const INTAKE = {
  intakeName: 'Μαρία Κωνσταντίνου',
  intakeEmail: 'maria@example.com',
  intakePhone: '+306912345678',
  useCase: '4K gaming',
  budgetCents: 250_000,
  notes: 'Λευκό build',
}

function draft(staffUser: Awaited<ReturnType<typeof staff>> | null = null) {
  return quotes.createDraft(INTAKE, staffUser)
}

/** The totals the money module gives for the order's lines as stored. */
async function expectedTotals(orderId: number) {
  const lines = await OrderLine.query().where('orderId', orderId)
  return orderTotals(lines)
}

/** A line as stored, as JSON. */
async function storedLine(id: number) {
  const line = await OrderLine.findOrFail(id)
  return line.toJSON()
}

async function actionsWhere(column: 'subjectId' | 'actorId', value: number) {
  const rows = await ActivityLog.query().where(column, value).orderBy('id')
  return rows.map((log) => log.action)
}

async function assertRefusedAsPublished(assert: any, promise: Promise<unknown>) {
  const error = (await promise.catch((caught) => caught)) as QuoteNotEditableError
  assert.instanceOf(error, QuoteNotEditableError)
  assert.equal(error.status, 422)
  assert.equal(error.code, 'E_QUOTE_NOT_EDITABLE')
  assert.match(error.message, /only be edited while it is a draft/)
}

test.group('QuoteService / drafts and lines', () => {
  test('a draft from the intake: number, intake, creator, empty totals, activity row', async ({
    assert,
  }) => {
    const actor = await staff()
    const order = await draft(actor)

    await order.refresh()
    assert.match(order.orderNumber, /^PC\d{6}-\d{4}$/)
    assert.include(order.toJSON(), {
      ...INTAKE,
      orderStatus: 'draft',
      paymentStatus: 'unpaid',
      fulfillmentStatus: null,
      totalGrossCents: 0,
      createdById: actor.id,
      claimCode: null,
    })
    const log = await ActivityLog.findByOrFail('action', 'quote.draft_created')
    assert.equal(log.subjectId, order.id)
  })

  test('lines of all seven kinds are snapshots of the catalog', async ({ assert }) => {
    const order = await draft()
    const gpu = await ComponentFactory.apply('gpu').create()
    const os = await OperatingSystemFactory.create()
    const service = await ServiceFactory.create()
    const warranty = await WarrantyFactory.create()
    const pickup = await ShippingMethodFactory.apply('pickup').create()
    const peripheral = await PeripheralFactory.create()
    const software = await SoftwareFactory.create()

    const gpuLine = await quotes.addCatalogLine(order, 'component', gpu.id, 2)
    const osLine = await quotes.addCatalogLine(order, 'operating_system', os.id)
    const serviceLine = await quotes.addCatalogLine(order, 'service', service.id)
    const warrantyLine = await quotes.addCatalogLine(order, 'warranty', warranty.id)
    const pickupLine = await quotes.addCatalogLine(order, 'shipping', pickup.id)
    const peripheralLine = await quotes.addCatalogLine(order, 'peripheral', peripheral.id)
    const softwareLine = await quotes.addCatalogLine(order, 'software', software.id)

    assert.include(gpuLine.toJSON(), {
      kind: 'component',
      sourceId: gpu.id,
      name: `${gpu.brand} ${gpu.model}`,
      category: 'gpu',
      sku: gpu.sku,
      unitPriceCents: gpu.priceCents,
      vatRateBp: 2400,
      quantity: 2,
      position: 0,
      catalogPriceCents: null,
    })
    assert.deepEqual(gpuLine.specs, gpu.specs)
    assert.include(osLine.toJSON(), { kind: 'operating_system', name: os.name, position: 1 })
    assert.deepEqual(osLine.specs, { edition: os.edition!, licenseType: os.licenseType! })
    assert.include(serviceLine.toJSON(), {
      name: service.name,
      description: service.description,
      unitPriceCents: service.priceCents,
    })
    assert.include(warrantyLine.toJSON(), {
      kind: 'warranty',
      warrantyMonths: warranty.durationMonths,
    })
    assert.include(pickupLine.toJSON(), { kind: 'shipping', isPickup: true, unitPriceCents: 0 })
    assert.deepEqual(peripheralLine.specs, { brand: peripheral.brand!, kind: peripheral.kind! })
    assert.deepEqual(softwareLine.specs, {
      vendor: software.vendor!,
      licenseType: software.licenseType!,
    })

    // The passed instance is refreshed; the cache equals the money module's totals of the lines.
    const totals = await expectedTotals(order.id)
    assert.equal(
      totals.gross,
      gpu.priceCents * 2 +
        os.priceCents +
        service.priceCents +
        warranty.priceCents +
        peripheral.priceCents +
        software.priceCents
    )
    assert.deepEqual(
      [order.totalNetCents, order.totalVatCents, order.totalGrossCents],
      [totals.net, totals.vat, totals.gross]
    )
  })

  test('editing the catalog afterwards changes neither the line nor the totals', async ({
    assert,
  }) => {
    const order = await draft()
    const cpu = await ComponentFactory.apply('cpu').create()
    const warranty = await WarrantyFactory.create()
    const line = await quotes.addCatalogLine(order, 'component', cpu.id)
    const warrantyLine = await quotes.addCatalogLine(order, 'warranty', warranty.id)
    const before = {
      line: await storedLine(line.id),
      warranty: await storedLine(warrantyLine.id),
      totals: [order.totalNetCents, order.totalVatCents, order.totalGrossCents],
    }

    await catalog.updateComponent(
      cpu,
      {
        category: 'cpu',
        brand: 'AMD',
        model: 'Renamed 9999X',
        sku: cpu.sku,
        priceCents: cpu.priceCents + 10_000,
        specs: { ...cpu.specs, tdpW: 999 },
      },
      null
    )
    await catalog.recordSupplierPrice(cpu, {
      supplier: 'Info Quest',
      priceCents: 1,
      updateCurrentPrice: true,
    })
    await catalog.updateItem(
      'warranty',
      warranty,
      { name: 'Άλλο όνομα', priceCents: 1, durationMonths: 60 },
      null
    )
    await catalog.deactivateComponent(cpu, null)

    await order.refresh()
    assert.deepEqual(await storedLine(line.id), before.line)
    assert.deepEqual(await storedLine(warrantyLine.id), before.warranty)
    assert.deepEqual(
      [order.totalNetCents, order.totalVatCents, order.totalGrossCents],
      before.totals
    )
  })

  test('an inactive or missing catalog row cannot be added', async ({ assert }) => {
    const order = await draft()
    const old = await ComponentFactory.apply('inactive').create()
    const error = await quotes.addCatalogLine(order, 'component', old.id).catch((caught) => caught)
    assert.instanceOf(error, CatalogItemInactiveError)
    assert.equal(error.status, 422)

    const missing = await quotes.addCatalogLine(order, 'service', 999_999).catch((caught) => caught)
    assert.instanceOf(missing, CatalogItemMissingError)
    assert.equal(missing.status, 422)
    assert.lengthOf(await OrderLine.all(), 0)
  })

  test('custom lines, quantities and VAT rates; totals follow every change', async ({ assert }) => {
    const order = await draft()
    const sleeving = await quotes.addCustomLine(order, {
      kind: 'service',
      name: '  Custom sleeving  ',
      unitPriceCents: 4500,
      quantity: 2,
    })
    const manual = await quotes.addCustomLine(order, {
      kind: 'software',
      name: 'Εγχειρίδιο χρήσης (έντυπο)',
      unitPriceCents: 1000,
      vatRateBp: 600,
    })
    assert.include(sleeving.toJSON(), { name: 'Custom sleeving', sourceId: null, quantity: 2 })
    assert.equal(order.totalGrossCents, 10_000)
    const totals = await expectedTotals(order.id)
    assert.deepEqual(
      totals.byRate.map((rate) => rate.rateBp),
      [2400, 600]
    )
    assert.equal(order.totalVatCents, totals.vat)

    await quotes.updateLine(order, sleeving.id, { quantity: 3 })
    assert.equal(order.totalGrossCents, 14_500)
    await quotes.updateLine(order, manual.id, { unitPriceCents: 1500 })
    assert.equal(order.totalGrossCents, 15_000)
    await quotes.removeLine(order, sleeving.id)
    assert.equal(order.totalGrossCents, 1500)
    assert.equal(order.totalNetCents + order.totalVatCents, 1500)
  })

  test('a warranty line needs its duration', async ({ assert }) => {
    const order = await draft()
    const error = await quotes
      .addCustomLine(order, { kind: 'warranty', name: 'Extra', unitPriceCents: 100 })
      .catch((caught) => caught)
    assert.instanceOf(error, errors.E_VALIDATION_ERROR)
    assert.equal(error.messages[0].field, 'warrantyMonths')
  })

  test('overriding a catalog price requires a reason and keeps the catalog price', async ({
    assert,
  }) => {
    const actor = await staff()
    const order = await draft()
    const gpu = await ComponentFactory.apply('gpu').create()
    const line = await quotes.addCatalogLine(order, 'component', gpu.id)
    const catalogPrice = gpu.priceCents

    const refused = await quotes
      .updateLine(order, line.id, { unitPriceCents: catalogPrice - 5000 })
      .catch((caught) => caught)
    assert.instanceOf(refused, errors.E_VALIDATION_ERROR)
    assert.equal(refused.status, 422)
    assert.deepEqual(
      refused.messages.map((message: { field: string }) => message.field),
      ['priceOverrideReason']
    )
    const blank = await quotes
      .updateLine(order, line.id, { unitPriceCents: 1, priceOverrideReason: '   ' })
      .catch((caught) => caught)
    assert.instanceOf(blank, errors.E_VALIDATION_ERROR)
    await line.refresh()
    assert.equal(line.unitPriceCents, catalogPrice)
    assert.equal(order.totalGrossCents, catalogPrice)

    const overridden = await quotes.updateLine(
      order,
      line.id,
      { unitPriceCents: catalogPrice - 5000, priceOverrideReason: 'Έκπτωση πελάτη' },
      actor
    )
    assert.include(overridden.toJSON(), {
      unitPriceCents: catalogPrice - 5000,
      catalogPriceCents: catalogPrice,
      priceOverrideReason: 'Έκπτωση πελάτη',
    })
    assert.equal(order.totalGrossCents, catalogPrice - 5000)

    // A second change keeps the original catalog price (and the reason already given).
    const again = await quotes.updateLine(order, line.id, { unitPriceCents: catalogPrice - 6000 })
    assert.equal(again.catalogPriceCents, catalogPrice)
    assert.equal(again.priceOverrideReason, 'Έκπτωση πελάτη')

    // Quantity changes leave the override alone.
    const more = await quotes.updateLine(order, line.id, { quantity: 2 })
    assert.equal(more.unitPriceCents, catalogPrice - 6000)
    assert.equal(order.totalGrossCents, (catalogPrice - 6000) * 2)

    // Back to the catalog price: no override any more.
    const restored = await quotes.updateLine(order, line.id, { unitPriceCents: catalogPrice })
    assert.include(restored.toJSON(), {
      unitPriceCents: catalogPrice,
      catalogPriceCents: null,
      priceOverrideReason: null,
    })

    const actions = await actionsWhere('subjectId', order.id)
    assert.deepEqual(actions, [
      'quote.draft_created',
      'quote.line.price_overridden',
      'quote.line.price_overridden',
      'quote.line.price_override_removed',
    ])
    const first = await ActivityLog.query()
      .where('action', 'quote.line.price_overridden')
      .orderBy('id')
      .firstOrFail()
    assert.include(first.metadata, {
      catalogPriceCents: catalogPrice,
      unitPriceCents: catalogPrice - 5000,
      reason: 'Έκπτωση πελάτη',
    })
    assert.equal(first.actorId, actor.id)
  })

  test('reorder takes every line exactly once', async ({ assert }) => {
    const order = await draft()
    const [a, b, c] = await Promise.all(['A', 'B', 'C'].map(() => ServiceFactory.create())).then(
      async (services) => {
        const lines = []
        for (const service of services)
          lines.push(await quotes.addCatalogLine(order, 'service', service.id))
        return lines
      }
    )

    const lines = await quotes.reorder(order, [c.id, a.id, b.id])
    assert.deepEqual(
      lines.map((line) => [line.id, line.position]),
      [
        [c.id, 0],
        [a.id, 1],
        [b.id, 2],
      ]
    )
    await order.load('lines')
    assert.deepEqual(
      order.lines.map((line) => line.id),
      [c.id, a.id, b.id]
    )

    for (const wrong of [
      [a.id, b.id],
      [a.id, b.id, c.id, c.id],
      [a.id, b.id, 999],
    ]) {
      const error = await quotes.reorder(order, wrong).catch((caught) => caught)
      assert.instanceOf(error, errors.E_VALIDATION_ERROR, JSON.stringify(wrong))
    }
    // A line of another order is not this order's line.
    const other = await draft()
    const foreign = await quotes.addCustomLine(other, {
      kind: 'service',
      name: 'x',
      unitPriceCents: 1,
    })
    await assert.rejects(() => quotes.updateLine(order, foreign.id, { quantity: 2 }))
    await assert.rejects(() => quotes.removeLine(order, foreign.id))
  })

  test('notes can be corrected', async ({ assert }) => {
    const actor = await staff()
    const order = await draft()
    await quotes.updateNotes(order, { internalNotes: 'Πελάτης VIP' }, actor)
    assert.equal(order.internalNotes, 'Πελάτης VIP')
    assert.equal(order.notes, 'Λευκό build')
    await quotes.updateNotes(order, { notes: '  ' }, actor)
    assert.equal(order.notes, null)
    assert.sameMembers(await actionsWhere('actorId', actor.id), [
      'order.notes_updated',
      'order.notes_updated',
    ])
  })
})

test.group('QuoteService / publishing', () => {
  test('publish: claim code, publishedAt, 14-day validity, history, events', async ({
    assert,
    cleanup,
  }) => {
    const events = emitter.fake()
    cleanup(() => emitter.restore())
    const actor = await staff()
    const order = await draft(actor)
    const cpu = await ComponentFactory.apply('cpu').create()
    await quotes.addCatalogLine(order, 'component', cpu.id)

    const published = await quotes.publish(order, actor)

    for (const instance of [published, order]) {
      assert.equal(instance.orderStatus, 'quote')
      assert.match(instance.claimCode!, CLAIM_CODE_FORMAT)
      assert.equal(normalizeClaimCode(instance.claimCode!), instance.claimCode)
      assert.isNotNull(instance.publishedAt)
      assert.equal(
        instance.quoteValidUntil!.toISODate(),
        DateTime.fromISO(athensToday()).plus({ days: QUOTE_VALIDITY_DAYS }).toISODate()
      )
    }
    assert.isBelow(Math.abs(published.publishedAt!.diffNow().as('seconds')), 60)
    assert.equal(order.totalGrossCents, cpu.priceCents)

    const [history] = await OrderStatusHistory.query().where('orderId', order.id)
    assert.include(history.toJSON(), {
      axis: 'orderStatus',
      fromStatus: 'draft',
      toStatus: 'quote',
      actorId: actor.id,
    })
    events.assertEmitted(QuotePublished, ({ data }) => {
      return (
        data.order.id === order.id &&
        data.order.claimCode === order.claimCode &&
        data.publishedBy?.id === actor.id
      )
    })
    events.assertEmitted(OrderStatusChanged, ({ data }) => data.order.id === order.id)
    assert.isFalse(isQuoteExpired(order))
  })

  test('publish with a chosen validity date; a past one is refused', async ({ assert }) => {
    const order = await draft()
    await quotes.addCustomLine(order, { kind: 'service', name: 'x', unitPriceCents: 100 })

    const past = DateTime.fromISO(athensToday()).minus({ days: 1 }).toISODate()!
    const refused = await quotes.publish(order, null, { validUntil: past }).catch((e) => e)
    assert.instanceOf(refused, errors.E_VALIDATION_ERROR)
    assert.equal(refused.messages[0].field, 'validUntil')
    await order.refresh()
    assert.equal(order.orderStatus, 'draft')

    const chosen = DateTime.fromISO(athensToday()).plus({ days: 30 }).toISODate()!
    const published = await quotes.publish(order, null, {
      validUntil: new Date(`${chosen}T00:00:00`),
    })
    assert.equal(published.quoteValidUntil!.toISODate(), chosen)
  })

  test('an empty quote is refused and nothing changes', async ({ assert, cleanup }) => {
    const events = emitter.fake()
    cleanup(() => emitter.restore())
    const order = await draft()

    const error = await quotes.publish(order, null).catch((caught) => caught)
    assert.instanceOf(error, EmptyQuoteError)
    assert.equal(error.status, 422)
    assert.equal(error.code, 'E_EMPTY_QUOTE')
    assert.include(error.message, order.orderNumber)

    await order.refresh()
    assert.include(order.toJSON(), {
      orderStatus: 'draft',
      claimCode: null,
      publishedAt: null,
      quoteValidUntil: null,
    })
    assert.lengthOf(await OrderStatusHistory.all(), 0)
    events.assertNotEmitted(QuotePublished)
  })

  test('a published quote cannot be edited nor published again', async ({ assert }) => {
    const order = await draft()
    const service = await ServiceFactory.create()
    const line = await quotes.addCatalogLine(order, 'service', service.id)
    await quotes.publish(order, null)
    const before = await storedLine(line.id)

    await assertRefusedAsPublished(assert, quotes.addCatalogLine(order, 'service', service.id))
    await assertRefusedAsPublished(
      assert,
      quotes.addCustomLine(order, { kind: 'service', name: 'x', unitPriceCents: 1 })
    )
    await assertRefusedAsPublished(assert, quotes.updateLine(order, line.id, { quantity: 5 }))
    await assertRefusedAsPublished(assert, quotes.removeLine(order, line.id))
    await assertRefusedAsPublished(assert, quotes.reorder(order, [line.id]))

    const again = await quotes.publish(order, null).catch((caught) => caught)
    assert.instanceOf(again, InvalidTransitionError)
    assert.equal(again.status, 422)

    assert.deepEqual(await storedLine(line.id), before)
    assert.lengthOf(await OrderLine.query().where('orderId', order.id), 1)
    // Notes stay editable at every stage.
    await quotes.updateNotes(order, { internalNotes: 'Καλεί την Τρίτη' }, null)
    assert.equal(order.internalNotes, 'Καλεί την Τρίτη')
  })

  test('a cancelled draft is not editable either', async ({ assert }) => {
    const order = await draft()
    await new OrderTransitionService().apply(
      order.id,
      { axis: 'orderStatus', to: 'cancelled' },
      { reason: 'Ο πελάτης το μετάνιωσε' }
    )
    await assertRefusedAsPublished(
      assert,
      quotes.addCustomLine(order, { kind: 'service', name: 'x', unitPriceCents: 1 })
    )
  })

  test('a claim code collision is retried with a fresh code', async ({ assert }) => {
    const taken = await OrderFactory.apply('quoteDetails').create()
    const fresh = 'K7QF-M2XD-9WNA-R4TB'
    const codes = [taken.claimCode!, fresh]
    const service = new PublishQuoteService(
      new OrderTransitionService(),
      new OrderTotalsService(),
      { next: () => codes.shift()! }
    )
    const order = await draft()
    await quotes.addCustomLine(order, { kind: 'service', name: 'x', unitPriceCents: 100 })

    const published = await service.publish(order, null)
    assert.equal(published.claimCode, fresh)
    assert.lengthOf(codes, 0)
    assert.equal(published.orderStatus, 'quote')
  })
})

test.group('QuoteService / validity', () => {
  test('expiry is judged on Athens calendar days', ({ assert }) => {
    const order = { quoteValidUntil: DateTime.fromISO('2026-03-10') } as Order
    // 23:30 in Athens (UTC+2 in winter) on the last valid day: still valid.
    assert.isFalse(isQuoteExpired(order, DateTime.fromISO('2026-03-10T21:30:00Z')))
    // 00:30 in Athens the next day, although it is still the 10th in UTC: expired.
    assert.isTrue(isQuoteExpired(order, DateTime.fromISO('2026-03-10T22:30:00Z')))
    // Summer time (UTC+3).
    const summer = { quoteValidUntil: DateTime.fromISO('2026-07-10') } as Order
    assert.isFalse(isQuoteExpired(summer, DateTime.fromISO('2026-07-10T20:59:00Z')))
    assert.isTrue(isQuoteExpired(summer, DateTime.fromISO('2026-07-10T21:01:00Z')))
    assert.isFalse(isQuoteExpired({ quoteValidUntil: null } as Order))
  })

  test('staff extend an expired quote so it can be accepted again', async ({ assert, cleanup }) => {
    // No quote email: publishing is only the setup here.
    emitter.fake()
    cleanup(() => emitter.restore())
    const actor = await staff()
    const order = await draft()
    await quotes.addCustomLine(order, { kind: 'service', name: 'x', unitPriceCents: 100 })
    await quotes.publish(order, actor)

    // Ten days later than its validity: expired.
    const expiredOn = DateTime.fromISO(athensToday()).minus({ days: 10 })
    await Order.query().where('id', order.id).update({ quoteValidUntil: expiredOn.toISODate() })
    await order.refresh()
    assert.isTrue(isQuoteExpired(order))

    const until = DateTime.fromISO(athensToday()).plus({ days: 7 }).toISODate()!
    const extended = await quotes.extendValidity(order, until, actor)
    assert.equal(extended.quoteValidUntil!.toISODate(), until)
    assert.equal(order.quoteValidUntil!.toISODate(), until)
    assert.isFalse(isQuoteExpired(order))
    // Extended until today counts as valid today.
    await quotes.extendValidity(order, athensToday(), actor)
    assert.isFalse(isQuoteExpired(order))

    const logs = await ActivityLog.query().where('action', 'quote.validity_extended').orderBy('id')
    assert.lengthOf(logs, 2)
    assert.deepEqual((logs[0].metadata.changes as any).quoteValidUntil, [
      expiredOn.toISODate(),
      until,
    ])
  })

  test('validity is extended only on an open quote, never into the past', async ({ assert }) => {
    const order = await draft()
    const tomorrow = DateTime.fromISO(athensToday()).plus({ days: 1 }).toISODate()!
    const onDraft = await quotes.extendValidity(order, tomorrow).catch((caught) => caught)
    assert.instanceOf(onDraft, QuoteValidityError)
    assert.equal(onDraft.status, 422)

    await quotes.addCustomLine(order, { kind: 'service', name: 'x', unitPriceCents: 100 })
    await quotes.publish(order, null)
    const yesterday = DateTime.fromISO(athensToday()).minus({ days: 1 }).toISODate()!
    const past = await quotes.extendValidity(order, yesterday).catch((caught) => caught)
    assert.instanceOf(past, errors.E_VALIDATION_ERROR)
    const invalid = await quotes.extendValidity(order, 'not-a-date').catch((caught) => caught)
    assert.instanceOf(invalid, errors.E_VALIDATION_ERROR)
  })
})
