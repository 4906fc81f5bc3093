import { test } from '@japa/runner'
import { randomUUID } from 'node:crypto'
import type { ApiClient, ApiResponse } from '@japa/api-client'
import mail from '@adonisjs/mail/services/main'
import app from '@adonisjs/core/services/app'
import Order from '#models/order'
import OrderLine from '#models/order_line'
import { formatMoney } from '#domain/money'
import type User from '#models/user'
import OrderStatusHistory from '#models/order_status_history'
import OrderStatusMail from '#mails/orders/order_status_mail'
import QuoteAcceptedMail from '#mails/staff/quote_accepted_mail'
import OrderTransitionService from '#services/order_transition_service'
import { DECLINED_WITHOUT_REASON } from '#services/quote_decision_service'
import { DECLINE_REASON_MAX_LENGTH } from '#validators/customer_orders'
import { staffNotifyEmails } from '#config/mail'
import { claim, customer, expire, publishedQuote, STAFF_ONLY } from '#tests/helpers/customer_quotes'
import { fieldErrors } from '#tests/helpers/requests'

/** One column of the order as stored now. */
async function stored<Column extends keyof Order>(id: number, column: Column) {
  const order = await Order.findOrFail(id)
  return order[column]
}

function props(response: ApiResponse) {
  return response.inertiaProps as Record<string, any>
}

/** A quote claimed by a fresh customer (English unless said otherwise). */
async function claimedQuote(locale: 'el' | 'en' = 'en') {
  const owner = await customer(locale)
  const order = await claim(await publishedQuote(), owner)
  return { owner, order }
}

/** The customer's decision on their order page (accept or decline), signed in as `owner`. */
function decision(client: ApiClient, owner: User, order: Order, kind: 'accept' | 'decline') {
  return client.post(`/portal/orders/${order.publicId}/${kind}`).withCsrfToken().loginAs(owner)
}

/** The terms accepted by a script: the answer is JSON (a 422 naming the rule when refused). */
function acceptAsJson(client: ApiClient, owner: User, order: Order) {
  return decision(client, owner, order, 'accept').accept('json').form({ terms: 'on' })
}

function accept(client: ApiClient, order: Order) {
  return client
    .post(`/portal/orders/${order.publicId}/accept`)
    .withCsrfToken()
    .header('referer', `/portal/orders/${order.publicId}`)
    .redirects(0)
}

test.group('Portal orders / pages', () => {
  test('the order page: lines, VAT breakdown, validity, next step, timeline, in English', async ({
    client,
    assert,
  }) => {
    const { owner, order } = await claimedQuote('en')
    const response = await client
      .get(`/portal/orders/${order.publicId}`)
      .withInertia()
      .loginAs(owner)
    response.assertStatus(200)
    response.assertInertiaComponent('portal/orders/show')
    const page = props(response)
    assert.equal(page.order.number, order.orderNumber)
    assert.equal(page.order.orderStatus.label, 'Claimed')
    assert.equal(page.order.paymentStatus.label, 'Unpaid')
    assert.equal(page.order.nextStep, 'accept')
    assert.isTrue(page.order.needsAttention)
    assert.equal(page.order.totals.gross, '€729.00')
    // The lines as the quote lists them: by position, then by id.
    const quoted = await OrderLine.query().where('orderId', order.id)
    quoted.sort((a, b) => a.position - b.position || a.id - b.id)
    assert.deepEqual(
      page.order.lines.map((line: any) => [line.name, line.total]),
      quoted.map((line) => [line.name, formatMoney(line.unitPriceCents * line.quantity, 'en')])
    )
    assert.isString(page.order.validUntil)
    assert.deepEqual(
      page.timeline.map((entry: any) => [entry.toLabel, entry.byCustomer]),
      [
        ['Quote', false],
        ['Claimed', true],
      ]
    )
  })

  test('the same page in Greek', async ({ client, assert }) => {
    const { owner, order } = await claimedQuote('el')
    const response = await client
      .get(`/portal/orders/${order.publicId}`)
      .withInertia()
      .loginAs(owner)
    const page = props(response)
    assert.equal(page.locale, 'el')
    assert.equal(page.order.orderStatus.label, 'Διεκδικήθηκε')
    assert.equal(page.order.totals.gross, '729,00 €')
    assert.equal(page.timeline[1].axisLabel, 'Παραγγελία')
  })

  test('customer props carry exactly these keys, and no staff-only word', async ({
    client,
    assert,
  }) => {
    const { owner, order } = await claimedQuote()
    const response = await client
      .get(`/portal/orders/${order.publicId}`)
      .withInertia()
      .loginAs(owner)
    const page = props(response)
    assert.sameMembers(Object.keys(page.order), [
      'id',
      'number',
      'createdAt',
      'orderStatus',
      'paymentStatus',
      'fulfillmentStatus',
      'total',
      'nextStep',
      'needsAttention',
      'notes',
      'validUntil',
      'expired',
      'lines',
      'totals',
    ])
    assert.equal(page.order.id, order.publicId)
    assert.sameMembers(Object.keys(page.order.lines[0]), [
      'id',
      'kind',
      'kindLabel',
      'name',
      'description',
      'specs',
      'quantity',
      'unitPrice',
      'vatRate',
      'total',
    ])
    assert.sameMembers(Object.keys(page.timeline[0]), [
      'id',
      'at',
      'axis',
      'axisLabel',
      'to',
      'toLabel',
      'byCustomer',
    ])
    const everything = JSON.stringify({ order: page.order, timeline: page.timeline })
    for (const secret of [STAFF_ONLY.internalNotes, 'intake', 'catalogPrice', 'Override']) {
      assert.notInclude(everything, secret)
    }

    const quotePage = await client.get(`/quote/${order.claimCode}`).withInertia().loginAs(owner)
    assert.sameMembers(Object.keys(props(quotePage).quote), [
      'number',
      'validUntil',
      'lines',
      'totals',
    ])
  })

  test("another customer's order, an unknown id and a malformed id are the same 404", async ({
    client,
    assert,
  }) => {
    const { order } = await claimedQuote()
    const stranger = await customer()
    const answers = []
    for (const id of [order.publicId, randomUUID(), String(order.id), 'x']) {
      const response = await client.get(`/portal/orders/${id}`).withInertia().loginAs(stranger)
      answers.push([response.status(), response.inertiaComponent])
    }
    assert.deepEqual(answers, Array(4).fill([404, 'public/errors/not_found']))

    const acceptForeign = await accept(client, order).loginAs(stranger).form({ terms: 'on' })
    acceptForeign.assertStatus(404)
    assert.equal(await stored(order.id, 'orderStatus'), 'claimed')
  })

  test('the list and /portal show the customer orders, those waiting for them first', async ({
    client,
    assert,
  }) => {
    const { owner, order: waiting } = await claimedQuote()
    const cancelled = await claim(await publishedQuote(), owner)
    const transitions = await app.container.make(OrderTransitionService)
    await transitions.apply(cancelled.id, { axis: 'orderStatus', to: 'cancelled' }, { reason: 'x' })
    await claimedQuote() // someone else's

    const row = (order: Order, needsAttention: boolean, nextStep: string) => [
      order.orderNumber,
      needsAttention,
      nextStep,
    ]
    const rowsOf = async (url: string) => {
      const response = await client.get(url).withInertia().loginAs(owner)
      return (props(response).orders as any[]).map((order) => [
        order.number,
        order.needsAttention,
        order.nextStep,
      ])
    }
    // /portal: what needs the customer first.
    assert.deepEqual(await rowsOf('/portal'), [
      row(waiting, true, 'accept'),
      row(cancelled, false, 'none'),
    ])
    // /portal/orders: every order, newest first.
    assert.deepEqual(await rowsOf('/portal/orders'), [
      row(cancelled, false, 'none'),
      row(waiting, true, 'accept'),
    ])
  })
})

test.group('Portal orders / accept and decline', () => {
  test('accept: confirmed and awaiting payment together, history, customer and staff emails', async ({
    client,
    assert,
  }) => {
    using fake = mail.fake()
    const { owner, order } = await claimedQuote('en')
    const response = await accept(client, order).loginAs(owner).form({ terms: 'on' })
    response.assertStatus(302)
    response.assertHeader('location', `/portal/orders/${order.publicId}`)

    await order.refresh()
    assert.equal(order.orderStatus, 'confirmed')
    assert.equal(order.paymentStatus, 'awaiting_payment')
    assert.isNotNull(order.acceptedAt)
    const history = await OrderStatusHistory.query().where('orderId', order.id).orderBy('id')
    assert.deepEqual(
      history.slice(-2).map((row) => [row.axis, row.fromStatus, row.toStatus, row.actorId]),
      [
        ['orderStatus', 'claimed', 'confirmed', owner.id],
        ['paymentStatus', 'unpaid', 'awaiting_payment', owner.id],
      ]
    )
    fake.mails.assertQueued(
      OrderStatusMail,
      ({ message }) =>
        message.hasTo(owner.email) &&
        message.hasSubject(`Order ${order.orderNumber} is awaiting your payment`)
    )
    assert.isAbove(staffNotifyEmails.length, 1)
    fake.mails.assertQueued(QuoteAcceptedMail, ({ message }) =>
      staffNotifyEmails.every((address) => message.hasTo(address))
    )

    const page = await client.get(`/portal/orders/${order.publicId}`).withInertia().loginAs(owner)
    assert.equal(props(page).order.nextStep, 'pay')
  })

  test('accept without the terms box: a field error next to it, in the page language', async ({
    client,
    assert,
  }) => {
    const { owner, order } = await claimedQuote('el')
    const response = await accept(client, order).loginAs(owner).form({})
    response.assertStatus(302)
    assert.deepEqual(fieldErrors(response).terms, ['Πρέπει να αποδεχτείτε τους όρους χρήσης.'])
    assert.equal(await stored(order.id, 'orderStatus'), 'claimed')
  })

  test('accepting an expired quote is refused', async ({ client, assert }) => {
    const { owner, order } = await claimedQuote()
    await expire(order)
    const response = await acceptAsJson(client, owner, order)
    response.assertStatus(422)
    response.assertBodyContains({ errors: [{ rule: 'expired' }] })
    assert.equal(await stored(order.id, 'orderStatus'), 'claimed')
  })

  test('accepting twice, or a cancelled order, is refused', async ({ client, assert }) => {
    const { owner, order } = await claimedQuote()
    await accept(client, order).loginAs(owner).form({ terms: 'on' })
    const again = await acceptAsJson(client, owner, order)
    again.assertStatus(422)
    again.assertBodyContains({ errors: [{ rule: 'notAcceptable' }] })
    const payments = await OrderStatusHistory.query()
      .where('orderId', order.id)
      .where('toStatus', 'awaiting_payment')
    assert.lengthOf(payments, 1)

    const other = await claimedQuote()
    await decision(client, other.owner, other.order, 'decline').form({})
    const cancelled = await acceptAsJson(client, other.owner, other.order)
    cancelled.assertStatus(422)
    cancelled.assertBodyContains({ errors: [{ rule: 'cancelled' }] })
  })

  test('decline: the customer cancels, with their reason or a default one', async ({
    client,
    assert,
  }) => {
    const { owner, order } = await claimedQuote()
    const response = await decision(client, owner, order, 'decline')
      .form({ reason: 'Found a cheaper one' })
      .redirects(0)
    response.assertStatus(302)
    await order.refresh()
    assert.equal(order.orderStatus, 'cancelled')
    const last = await OrderStatusHistory.query()
      .where('orderId', order.id)
      .orderBy('id', 'desc')
      .firstOrFail()
    assert.equal(last.reason, 'Found a cheaper one')
    assert.equal(last.actorId, owner.id)

    const second = await claimedQuote()
    await decision(client, second.owner, second.order, 'decline').form({})
    const row = await OrderStatusHistory.query()
      .where('orderId', second.order.id)
      .where('toStatus', 'cancelled')
      .firstOrFail()
    assert.equal(row.reason, DECLINED_WITHOUT_REASON)
  })

  test('decline: an oversized reason is a 4xx field error; an accepted order cannot be declined', async ({
    client,
    assert,
  }) => {
    const { owner, order } = await claimedQuote()
    const oversized = await decision(client, owner, order, 'decline')
      .accept('json')
      .json({ reason: 'x'.repeat(DECLINE_REASON_MAX_LENGTH + 1) })
    oversized.assertStatus(422)
    oversized.assertBodyContains({ errors: [{ field: 'reason' }] })
    const wrongType = await decision(client, owner, order, 'decline')
      .accept('json')
      .json({ reason: { nested: true } })
    wrongType.assertStatus(422)

    await accept(client, order).loginAs(owner).form({ terms: 'on' })
    const late = await decision(client, owner, order, 'decline').accept('json').form({})
    late.assertStatus(422)
    late.assertBodyContains({ errors: [{ rule: 'notDeclinable' }] })
    assert.equal(await stored(order.id, 'orderStatus'), 'confirmed')
  })
})
