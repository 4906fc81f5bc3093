import { DateTime } from 'luxon'
import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import mail from '@adonisjs/mail/services/main'
import { appUrl } from '#config/app'
import { specSummary } from '#domain/catalog_fields'
import { formatDay } from '#domain/date_format'
import { EURO_INPUT_HINT, VAT_RATES_BP } from '#domain/money'
import { ComponentFactory } from '#database/factories/component_factory'
import { ServiceFactory } from '#database/factories/service_factory'
import QuotePublishedMail from '#mails/orders/quote_published_mail'
import Order from '#models/order'
import OrderLine from '#models/order_line'
import type User from '#models/user'
import { athensToday } from '#domain/shop_calendar'
import { quoteUseCases } from '#tests/helpers/quotes'
import { createCustomer, createEnrolledStaff } from '#tests/helpers/staff'
import { assertRedirect, fieldError } from '#tests/helpers/requests'

const quotes = await quoteUseCases()

function draft(staff: User | null = null, intakeEmail = 'maria@example.com') {
  return quotes.createDraft({ intakeName: 'Μαρία Κωνσταντίνου', intakeEmail }, staff)
}

/** A POST of the editor's forms, as the page sends it (Inertia, back to the editor). */
function post(client: ApiClient, staff: User, url: string, body: Record<string, unknown> = {}) {
  return client
    .post(url)
    .form(body)
    .header('referer', url.replace(/\/(lines|publish|validity).*$/, '/edit'))
    .asStaff(staff)
    .withCsrfToken()
    .redirects(0)
}

function editor(client: ApiClient, staff: User, order: Order) {
  return client.get(`/staff/quotes/${order.id}/edit`).asStaff(staff).withInertia()
}

function lines(order: Order) {
  return OrderLine.query().where('orderId', order.id).orderBy('position')
}

async function lineNames(order: Order) {
  const rows = await lines(order)
  return rows.map((line) => line.name)
}

function mailText(sent: QuotePublishedMail) {
  return String(sent.message.toObject().message.text)
}

test.group('Staff quotes: access', () => {
  test('anonymous visitors go to the staff login, customers to their portal', async ({
    client,
    assert,
  }) => {
    const anonymous = await client.get('/staff/quotes/new').redirects(0)
    assertRedirect(anonymous, '/staff/login')
    const anonymousPost = await client
      .post('/staff/quotes')
      .form({ intakeName: 'X', intakeEmail: 'x@example.com' })
      .withCsrfToken()
      .redirects(0)
    assertRedirect(anonymousPost, '/staff/login')

    const customer = await createCustomer()
    const order = await draft()
    const asCustomer = await client
      .get(`/staff/quotes/${order.id}/edit`)
      .loginAs(customer)
      .redirects(0)
    assertRedirect(asCustomer, '/portal')
    const customerSearch = await client
      .get('/staff/quotes/catalog')
      .qs({ kind: 'component' })
      .loginAs(customer)
      .redirects(0)
    assertRedirect(customerSearch, '/portal')
    assert.lengthOf(await Order.all(), 1)
  })

  test('admins and superadmins open the intake form and the editor', async ({ client }) => {
    for (const role of ['admin', 'superadmin'] as const) {
      const staff = await createEnrolledStaff(role)
      const form = await client.get('/staff/quotes/new').asStaff(staff).withInertia()
      form.assertStatus(200)
      form.assertInertiaComponent('staff/quotes/new')

      const order = await draft(staff)
      const page = await editor(client, staff, order)
      page.assertStatus(200)
      page.assertInertiaComponent('staff/quotes/edit')
      page.assertInertiaPropsContains({
        quote: {
          orderNumber: order.orderNumber,
          orderStatus: { value: 'draft' },
          editable: true,
        },
      })
    }
  })
})

test.group('Staff quotes: intake', () => {
  test('the intake creates a draft and opens its editor', async ({ client, assert }) => {
    const staff = await createEnrolledStaff()
    const response = await post(client, staff, '/staff/quotes', {
      intakeName: '  Νίκος Αλεξίου ',
      intakeEmail: 'nikos@example.com',
      intakePhone: '+30 690 000 0000',
      intakeLocale: 'en',
      useCase: 'Gaming 4K',
      budget: '2.500,00',
      notes: 'Quiet, white case.',
    })
    const order = await Order.firstOrFail()
    assertRedirect(response, `/staff/quotes/${order.id}/edit`)
    assert.equal(order.orderStatus, 'draft')
    assert.equal(order.intakeName, 'Νίκος Αλεξίου')
    assert.equal(order.budgetCents, 250_000)
    assert.equal(order.intakeLocale, 'en')
    assert.equal(order.createdById, staff.id)
  })

  test('a bad intake is refused field by field and creates nothing', async ({ client, assert }) => {
    const staff = await createEnrolledStaff()
    const response = await post(client, staff, '/staff/quotes', {
      intakeName: '',
      intakeEmail: 'not-an-email',
      budget: '1,234',
    }).header('referer', '/staff/quotes/new')
    assertRedirect(response, '/staff/quotes/new')
    assert.equal(fieldError(response, 'intakeName'), 'Fill in this field.')
    assert.equal(fieldError(response, 'intakeEmail'), 'Enter a valid email address.')
    assert.match(fieldError(response, 'budget')!, /ambiguous/)
    assert.isNull(await Order.first())
  })
  test('the budget field reads every notation its hint shows', async ({ client, assert }) => {
    const staff = await createEnrolledStaff()
    const form = await client.get('/staff/quotes/new').asStaff(staff).withInertia()
    const hint = form.inertiaProps.moneyHint as string
    assert.equal(hint, EURO_INPUT_HINT)
    const notations: [string, number][] = [
      ['2.500', 250_000],
      ['2500,00', 250_000],
      ['2.500,00', 250_000],
      ['2500', 250_000],
      ['1.234,56', 123_456],
    ]
    for (const [index, [budget, cents]] of notations.entries()) {
      const intakeEmail = `budget${index}@example.com`
      const response = await post(client, staff, '/staff/quotes', {
        intakeName: 'Νίκος',
        intakeEmail,
        budget,
      })
      const order = await Order.findByOrFail('intakeEmail', intakeEmail)
      assertRedirect(response, `/staff/quotes/${order.id}/edit`)
      assert.equal(order.budgetCents, cents, budget)
    }
  })
})

test.group('Staff quotes: lines and totals', () => {
  test('the picker searches active catalog rows of one kind', async ({ client, assert }) => {
    const staff = await createEnrolledStaff()
    const gpu = await ComponentFactory.apply('gpu').create()
    await gpu.merge({ model: 'Zeta Test GPU' }).save()
    const retired = await ComponentFactory.apply('gpu').create()
    await retired.merge({ model: 'Zeta Retired GPU', active: false }).save()
    await ServiceFactory.merge({ name: 'Zeta assembly' }).create()

    const response = await client
      .get('/staff/quotes/catalog')
      .qs({ kind: 'component', q: 'zeta', category: 'gpu' })
      .asStaff(staff)
      .accept('json')
    response.assertStatus(200)
    const results = response.body().results as { id: number; kind: string; price: string }[]
    assert.deepEqual(
      results.map((row) => row.id),
      [gpu.id]
    )
    assert.match(results[0].price, /^€[\d,]+\.\d{2}$/)

    const bad = await client
      .get('/staff/quotes/catalog')
      .qs({ kind: 'spaceship' })
      .asStaff(staff)
      .accept('json')
    bad.assertStatus(422)
  })

  test('catalog and custom lines are added as snapshots; totals and VAT follow', async ({
    client,
    assert,
  }) => {
    const staff = await createEnrolledStaff()
    const order = await draft(staff)
    // A factory state picks a real part with its own price: set the price the sums below expect.
    const cpu = await ComponentFactory.apply('cpu').create()
    await cpu.merge({ priceCents: 47_900 }).save()

    const added = await post(client, staff, `/staff/quotes/${order.id}/lines/catalog`, {
      kind: 'component',
      catalogId: cpu.id,
      quantity: 2,
    })
    assertRedirect(added, `/staff/quotes/${order.id}/edit`)

    const custom = await post(client, staff, `/staff/quotes/${order.id}/lines/custom`, {
      kind: 'service',
      name: 'Data transfer from old PC',
      unitPrice: '45,50',
      vatRateBp: 1300,
    })
    assertRedirect(custom, `/staff/quotes/${order.id}/edit`)

    // A later catalog price change does not touch the quote.
    cpu.priceCents = 99_900
    await cpu.save()

    // The editor writes the part's specs with the catalog's labels and units.
    const editorPage = await editor(client, staff, order)
    const shown = editorPage.inertiaProps.lines as { specs: string; unitPriceInput: string }[]
    assert.equal(shown[0].specs, specSummary('cpu', cpu.specs, 'en'))
    assert.include(shown[0].specs, `TDP ${cpu.specs.tdpW} W`)
    assert.notInclude(shown[0].specs, 'tdpW')
    assert.equal(shown[0].unitPriceInput, '479,00')

    // The VAT picker's rates are the only ones a line may carry.
    assert.deepEqual(
      (editorPage.inertiaProps.vatRates as { value: number }[]).map((rate) => rate.value),
      [...VAT_RATES_BP]
    )
    const oddRate = await post(client, staff, `/staff/quotes/${order.id}/lines/custom`, {
      kind: 'service',
      name: 'Odd VAT',
      unitPrice: '10',
      vatRateBp: 1000,
    })
    assert.isString(fieldError(oddRate, 'vatRateBp'))

    const [cpuLine, serviceLine] = await lines(order)
    assert.equal(cpuLine.name, cpu.displayName)
    assert.equal(cpuLine.unitPriceCents, 47_900)
    assert.equal(cpuLine.quantity, 2)
    assert.equal(serviceLine.unitPriceCents, 4_550)
    assert.equal(serviceLine.vatRateBp, 1300)

    await order.refresh()
    assert.equal(order.totalGrossCents, 2 * 47_900 + 4_550)

    const page = await editor(client, staff, order)
    const totals = page.inertiaProps.totals as {
      gross: string
      net: string
      vat: string
      byRate: { rate: string; gross: string; net: string; vat: string }[]
    }
    assert.equal(totals.gross, '€1,003.50')
    assert.deepEqual(
      totals.byRate.map((rate) => [rate.rate, rate.gross, rate.net, rate.vat]),
      [
        // 958,00 / 1,24 = 772,58; 45,50 / 1,13 = 40,27
        ['24%', '€958.00', '€772.58', '€185.42'],
        ['13%', '€45.50', '€40.27', '€5.23'],
      ]
    )
    assert.equal(totals.net, '€812.85')
    assert.equal(totals.vat, '€190.65')
  })

  test('a custom line is validated: warranty without months, bad price', async ({
    client,
    assert,
  }) => {
    const staff = await createEnrolledStaff()
    const order = await draft(staff)
    const response = await post(client, staff, `/staff/quotes/${order.id}/lines/custom`, {
      kind: 'warranty',
      name: 'Extended warranty',
      unitPrice: 'twelve',
    })
    assertRedirect(response, `/staff/quotes/${order.id}/edit`)
    assert.isString(fieldError(response, 'warrantyMonths'))
    assert.isString(fieldError(response, 'unitPrice'))
    assert.lengthOf(await lines(order), 0)
  })

  test('quantity and price changes; an override needs its reason', async ({ client, assert }) => {
    const staff = await createEnrolledStaff()
    const order = await draft(staff)
    const gpu = await ComponentFactory.apply('gpu').create()
    await gpu.merge({ priceCents: 80_000 }).save()
    const line = await quotes.addCatalogLine(order, 'component', gpu.id)
    const url = `/staff/quotes/${order.id}/lines/${line.id}`

    const quantity = await post(client, staff, url, { quantity: 3 })
    assertRedirect(quantity, `/staff/quotes/${order.id}/edit`)
    await line.refresh()
    assert.equal(line.quantity, 3)

    const noReason = await post(client, staff, url, { unitPrice: '750' })
    assertRedirect(noReason, `/staff/quotes/${order.id}/edit`)
    assert.equal(
      fieldError(noReason, 'priceOverrideReason'),
      'Give the reason for changing the catalog price.'
    )
    await line.refresh()
    assert.equal(line.unitPriceCents, 80_000)

    const withReason = await post(client, staff, url, {
      unitPrice: '750',
      priceOverrideReason: 'Bundle discount',
    })
    assertRedirect(withReason, `/staff/quotes/${order.id}/edit`)
    await line.refresh()
    assert.equal(line.unitPriceCents, 75_000)
    assert.equal(line.catalogPriceCents, 80_000)
    assert.equal(line.priceOverrideReason, 'Bundle discount')
    await order.refresh()
    assert.equal(order.totalGrossCents, 3 * 75_000)

    const tooMany = await post(client, staff, url, { quantity: 0 })
    assert.isString(fieldError(tooMany, 'quantity'))
  })

  test('lines are removed and reordered', async ({ client, assert }) => {
    const staff = await createEnrolledStaff()
    const order = await draft(staff)
    const a = await quotes.addCustomLine(order, {
      kind: 'service',
      name: 'A',
      unitPriceCents: 1000,
    })
    const b = await quotes.addCustomLine(order, {
      kind: 'service',
      name: 'B',
      unitPriceCents: 2000,
    })
    const c = await quotes.addCustomLine(order, {
      kind: 'service',
      name: 'C',
      unitPriceCents: 4000,
    })

    const reordered = await post(client, staff, `/staff/quotes/${order.id}/lines/reorder`, {
      lineIds: [c.id, a.id, b.id],
    })
    assertRedirect(reordered, `/staff/quotes/${order.id}/edit`)
    assert.deepEqual(await lineNames(order), ['C', 'A', 'B'])

    const incomplete = await post(client, staff, `/staff/quotes/${order.id}/lines/reorder`, {
      lineIds: [c.id, a.id],
    })
    assert.isString(fieldError(incomplete, 'lineIds'))

    const removed = await post(client, staff, `/staff/quotes/${order.id}/lines/${a.id}/remove`)
    assertRedirect(removed, `/staff/quotes/${order.id}/edit`)
    assert.deepEqual(await lineNames(order), ['C', 'B'])
    await order.refresh()
    assert.equal(order.totalGrossCents, 6000)
  })
})

test.group('Staff quotes: publish and validity', () => {
  test('publishing sets the claim code and validity and emails the intake address in Greek', async ({
    client,
    assert,
  }) => {
    using fake = mail.fake()
    const staff = await createEnrolledStaff()
    const order = await draft(staff, 'maria@example.com')
    await quotes.addCustomLine(order, {
      kind: 'service',
      name: 'Assembly',
      unitPriceCents: 123_456,
    })
    const cpu = await ComponentFactory.apply('cpu').create()
    await cpu
      .merge({
        priceCents: 0,
        specs: { socket: 'AM5', cores: 6, baseClockGhz: 3.8, tdpW: 65, integratedGraphics: true },
      })
      .save()
    await quotes.addCatalogLine(order, 'component', cpu.id)

    const response = await post(client, staff, `/staff/quotes/${order.id}/publish`, {
      validUntil: '',
    })
    assertRedirect(response, `/staff/quotes/${order.id}/edit`)
    await order.refresh()
    assert.equal(order.orderStatus, 'quote')
    assert.match(order.claimCode!, /^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/)
    const expected = DateTime.fromISO(athensToday()).plus({ days: 14 }).toISODate()
    assert.equal(order.quoteValidUntil!.toISODate(), expected)

    fake.mails.assertQueuedCount(QuotePublishedMail, 1)
    const [sent] = fake.mails.queued() as QuotePublishedMail[]
    assert.isTrue(sent.message.hasTo('maria@example.com'))
    assert.equal(sent.locale, 'el')
    assert.isTrue(sent.message.hasSubject(`Η προσφορά σας ${order.orderNumber} είναι έτοιμη`))
    const text = mailText(sent)
    assert.include(text, `${appUrl}/quote/${order.claimCode}`)
    assert.include(text, '1.234,56 €')
    const [year, month, day] = expected!.split('-')
    assert.include(text, `${day}/${month}/${year}`)
    // What the quote holds, each part's specs in Greek words and notation.
    assert.include(text, cpu.displayName)
    assert.include(
      text,
      'Υποδοχή AM5 · Πυρήνες 6 · Βασικός χρονισμός 3,8 GHz · TDP 65 W · Ενσωματωμένα γραφικά'
    )
    assert.include(String(sent.message.toObject().message.html), 'Βασικός χρονισμός 3,8 GHz')

    // The editor now shows the code and the link, and no longer edits lines.
    const page = await editor(client, staff, order)
    page.assertInertiaPropsContains({
      quote: {
        claimCode: order.claimCode,
        quoteUrl: `${appUrl}/quote/${order.claimCode}`,
        editable: false,
        expired: false,
      },
    })
    const refused = await post(client, staff, `/staff/quotes/${order.id}/lines/custom`, {
      kind: 'service',
      name: 'Late extra',
      unitPrice: '10',
    })
    assertRedirect(refused, `/staff/quotes/${order.id}/edit`)
    assert.match(fieldError(refused, 'form')!, /can only be edited while it is a draft/)
    assert.lengthOf(await lines(order), 2)

    const again = await post(client, staff, `/staff/quotes/${order.id}/publish`)
    assert.isString(fieldError(again, 'form'))
    fake.mails.assertQueuedCount(QuotePublishedMail, 1)
  })

  test('a quote of a customer who chose English is emailed in English, on the chosen date', async ({
    client,
    assert,
  }) => {
    using fake = mail.fake()
    const staff = await createEnrolledStaff()
    const customer = await createCustomer('anna@example.com')
    customer.locale = 'en'
    await customer.save()
    const order = await draft(staff, 'anna.intake@example.com')
    order.customerId = customer.id
    await order.save()
    await quotes.addCustomLine(order, { kind: 'service', name: 'Assembly', unitPriceCents: 9_900 })
    const validUntil = DateTime.fromISO(athensToday()).plus({ days: 30 }).toISODate()!

    await post(client, staff, `/staff/quotes/${order.id}/publish`, { validUntil })
    await order.refresh()
    assert.equal(order.quoteValidUntil!.toISODate(), validUntil)

    const [sent] = fake.mails.queued() as QuotePublishedMail[]
    assert.equal(sent.locale, 'en')
    assert.isTrue(sent.message.hasTo('anna.intake@example.com'))
    assert.isTrue(sent.message.hasSubject(`Your quote ${order.orderNumber} is ready`))
    assert.include(mailText(sent), '€99.00')
  })

  test('without an account, the quote is emailed in the language taken at intake', async ({
    client,
    assert,
  }) => {
    using fake = mail.fake()
    const staff = await createEnrolledStaff()
    const order = await quotes.createDraft(
      { intakeName: 'John Doe', intakeEmail: 'john@example.com', intakeLocale: 'en' },
      staff
    )
    await quotes.addCustomLine(order, { kind: 'service', name: 'Assembly', unitPriceCents: 9_900 })

    await post(client, staff, `/staff/quotes/${order.id}/publish`)

    const [sent] = fake.mails.queued() as QuotePublishedMail[]
    assert.equal(sent.locale, 'en')
    assert.isTrue(sent.message.hasTo('john@example.com'))
    assert.isTrue(sent.message.hasSubject(`Your quote ${order.orderNumber} is ready`))
  })

  test('an empty quote or a past date is not published', async ({ client, assert }) => {
    using fake = mail.fake()
    const staff = await createEnrolledStaff()
    const order = await draft(staff)

    const empty = await post(client, staff, `/staff/quotes/${order.id}/publish`)
    assert.match(fieldError(empty, 'form')!, /has no lines/)

    await quotes.addCustomLine(order, { kind: 'service', name: 'Assembly', unitPriceCents: 100 })
    const past = await post(client, staff, `/staff/quotes/${order.id}/publish`, {
      validUntil: '2020-01-01',
    })
    assert.equal(fieldError(past, 'validUntil'), 'The validity date cannot be in the past.')

    await order.refresh()
    assert.equal(order.orderStatus, 'draft')
    fake.mails.assertNoneQueued()
  })

  test('an expired quote shows as expired until staff extend it', async ({
    client,
    assert,
    cleanup,
  }) => {
    mail.fake()
    cleanup(() => mail.restore())
    const staff = await createEnrolledStaff()
    const order = await draft(staff)
    await quotes.addCustomLine(order, { kind: 'service', name: 'Assembly', unitPriceCents: 100 })
    await quotes.publish(order, staff)
    order.quoteValidUntil = DateTime.fromISO(athensToday()).minus({ days: 1 })
    await order.save()

    const expired = await editor(client, staff, order)
    expired.assertInertiaPropsContains({ quote: { expired: true, canExtend: true } })

    const past = await post(client, staff, `/staff/quotes/${order.id}/validity`, {
      validUntil: '2020-01-01',
    })
    assert.equal(fieldError(past, 'validUntil'), 'The validity date cannot be in the past.')

    const validUntil = DateTime.fromISO(athensToday()).plus({ days: 7 }).toISODate()!
    const extended = await post(client, staff, `/staff/quotes/${order.id}/validity`, {
      validUntil,
    })
    assertRedirect(extended, `/staff/quotes/${order.id}/edit`)
    await order.refresh()
    assert.equal(order.quoteValidUntil!.toISODate(), validUntil)

    const valid = await editor(client, staff, order)
    valid.assertInertiaPropsContains({
      quote: { expired: false, validUntil: formatDay(validUntil) },
    })
  })

  test('a draft has no validity to extend', async ({ client, assert }) => {
    const staff = await createEnrolledStaff()
    const order = await draft(staff)
    const response = await post(client, staff, `/staff/quotes/${order.id}/validity`, {
      validUntil: DateTime.fromISO(athensToday()).plus({ days: 7 }).toISODate(),
    })
    assert.match(fieldError(response, 'validUntil')!, /only a published quote/)
  })
})
