import { test } from '@japa/runner'
import type { ApiClient, ApiResponse } from '@japa/api-client'
import mail from '@adonisjs/mail/services/main'
import db from '@adonisjs/lucid/services/db'
import Order from '#models/order'
import OrderStatusHistory from '#models/order_status_history'
import type User from '#models/user'
import OrderStatusMail from '#mails/orders/order_status_mail'
import { createEnrolledStaff } from '#tests/helpers/staff'
import { acceptedOrder, postWebhook, vivaSandbox, type VivaSandbox } from '#tests/helpers/viva'

let sandbox: VivaSandbox

/** Every payments test has a Viva sandbox of its own. */
async function startWithSandbox() {
  sandbox = await vivaSandbox()
}

function pay(client: ApiClient, owner: User, order: Order) {
  return client
    .post('/payments/create-order')
    .form({ orderId: order.publicId })
    .withCsrfToken()
    .header('referer', `/portal/orders/${order.publicId}`)
    .loginAs(owner)
    .redirects(0)
}

/** The Pay request as a script sends it (JSON in, JSON errors out). */
function payForJson(client: ApiClient, owner: User, orderId: string) {
  return client
    .post('/payments/create-order')
    .json({ orderId })
    .withCsrfToken()
    .loginAs(owner)
    .header('accept', 'application/json')
}

/** Pays the order at the sandbox as its customer would: Pay, then the checkout page's button. */
async function payAtViva(client: ApiClient, owner: User, order: Order) {
  const response = await pay(client, owner, order)
  response.assertStatus(302)
  const code = checkoutCode(response)
  return sandbox.pay(code)!
}

/** A paid order: accepted, paid at Viva, back on the success page. */
async function paidOrder(client: ApiClient, locale: 'el' | 'en' = 'el') {
  const { owner, order } = await acceptedOrder(locale)
  const { transaction } = await payAtViva(client, owner, order)
  await successPage(client, owner, { t: transaction.transactionId })
  return { owner, order, transaction }
}

/** The refund form of the staff order page, posted by `staff`. */
function refundRequest(client: ApiClient, staff: User, order: Order) {
  return client.post(`/staff/orders/${order.id}/refund`).withCsrfToken().asStaff(staff)
}

function successPage(client: ApiClient, owner: User, query: Record<string, string>) {
  return client.get('/payment/success').qs(query).withInertia().loginAs(owner)
}

async function paymentStatusOf(order: Order) {
  const stored = await Order.findOrFail(order.id)
  return stored.paymentStatus
}

async function vivaCodeOf(order: Order) {
  const stored = await Order.findOrFail(order.id)
  if (!stored.vivaOrderCode) throw new Error(`order ${order.id} has no Viva code`)
  return stored.vivaOrderCode
}

/** The Viva order code of the checkout URL the Pay button redirected to. */
function checkoutCode(response: ApiResponse) {
  return new URL(response.header('location')!).searchParams.get('ref')!
}

function paymentTransitions(order: Order, toStatus: 'paid' | 'refunded') {
  return OrderStatusHistory.query()
    .where('orderId', order.id)
    .where('axis', 'paymentStatus')
    .where('toStatus', toStatus)
}

async function paidOrders() {
  const row = await db.from('orders').where('payment_status', 'paid').count('* as total').first()
  return Number(row.total)
}

function paymentMails(fake: ReturnType<typeof mail.fake>, toStatus: 'paid' | 'refunded' = 'paid') {
  return fake.mails
    .queued((queued) => queued instanceof OrderStatusMail)
    .filter((queued) => (queued as OrderStatusMail).key === `paymentStatus:${toStatus}`)
}

/** Waits (up to 2.5 s) for the sandbox to have delivered `count` webhooks. */
async function deliveriesMade(count: number) {
  for (let i = 0; i < 50 && sandbox.deliveries.length < count; i++) {
    await new Promise((done) => setTimeout(done, 50))
  }
}

test.group('Payments / Pay', (group) => {
  group.each.setup(startWithSandbox)

  test('Pay sends the owner to Viva with the order total in cents, its number and language', async ({
    client,
    assert,
  }) => {
    const { owner, order } = await acceptedOrder('en')
    const response = await pay(client, owner, order)
    response.assertStatus(302)
    const location = new URL(response.header('location')!)
    assert.equal(`${location.origin}${location.pathname}`, `${sandbox.url}/web/checkout`)

    const code = location.searchParams.get('ref')!
    const atViva = sandbox.orders.get(code)!
    assert.equal(atViva.amount, order.totalGrossCents)
    assert.equal(atViva.amount, 72_900)
    assert.equal(atViva.merchantTrns, order.orderNumber)
    assert.equal(atViva.customer.requestLang, 'en-GB')
    assert.equal(atViva.customer.email, owner.email)
    const stored = await Order.findOrFail(order.id)
    assert.equal(stored.vivaOrderCode, code)
    assert.isTrue(stored.vivaOrderCodeExpiresAt! > stored.createdAt)
  })

  test('two tabs clicking Pay at once get the same code; a later click reuses it', async ({
    client,
    assert,
  }) => {
    const { owner, order } = await acceptedOrder()
    const [first, second] = await Promise.all([
      pay(client, owner, order),
      pay(client, owner, order),
    ])
    assert.equal(first.header('location'), second.header('location'))
    const third = await pay(client, owner, order)
    assert.equal(third.header('location'), first.header('location'))
    assert.equal(sandbox.orders.size, 1)
  })

  test('only the owner, only a confirmed order awaiting payment', async ({ client, assert }) => {
    const { order } = await acceptedOrder()
    const { owner: stranger } = await acceptedOrder()
    const strangerPay = await pay(client, stranger, order)
    strangerPay.assertStatus(404)

    // Paid already: refused with the reason, nothing created at Viva.
    const { owner, order: paid } = await paidOrder(client)
    sandbox.orders.clear()
    const again = await payForJson(client, owner, paid.publicId)
    again.assertStatus(422)
    assert.equal(again.body().errors[0].rule, 'notPayable')
    assert.equal(sandbox.orders.size, 0)

    const bad = await payForJson(client, owner, 'not-a-uuid')
    bad.assertStatus(422)
  })

  test('Viva answering 500 or not at all: a clear message, no code stored, never a 500', async ({
    client,
    assert,
  }) => {
    const { owner, order } = await acceptedOrder('en')
    for (const hooks of [{ failNextApiCalls: 5 }, { apiDelayMs: 3000 }]) {
      sandbox.resetHooks()
      Object.assign(sandbox.hooks, hooks)
      const response = await payForJson(client, owner, order.publicId)
      response.assertStatus(503)
      assert.match(response.body().errors[0].message, /try again in a few minutes/)
      const untouched = await Order.findOrFail(order.id)
      assert.isNull(untouched.vivaOrderCode)
    }
    sandbox.resetHooks()
    const retry = await pay(client, owner, order)
    retry.assertStatus(302)
  })
})

test.group('Payments / return pages', (group) => {
  group.each.setup(startWithSandbox)

  test('the success page verifies with Viva: paid once, transaction id stored, one email', async ({
    client,
    assert,
  }) => {
    using fake = mail.fake()
    const { owner, order } = await acceptedOrder('en')
    const { transaction } = await payAtViva(client, owner, order)
    const query = { t: transaction.transactionId, s: transaction.orderCode, lang: 'en-GB' }

    const page = await successPage(client, owner, query)
    page.assertStatus(200)
    page.assertInertiaComponent('public/payment/success')
    assert.equal(page.inertiaProps.outcome, 'paid')
    assert.equal((page.inertiaProps.order as any).number, order.orderNumber)

    const stored = await Order.findOrFail(order.id)
    assert.equal(stored.paymentStatus, 'paid')
    assert.equal(stored.invoiceReference, transaction.transactionId)
    assert.isNotNull(stored.paidAt)

    const reload = await successPage(client, owner, query)
    assert.equal(reload.inertiaProps.outcome, 'alreadyPaid')
    assert.lengthOf(await paymentTransitions(order, 'paid'), 1)
    const mails = paymentMails(fake)
    assert.lengthOf(mails, 1)
    mails[0].message.assertTo(owner.email)
    mails[0].message.assertSubject(`Payment for order ${order.orderNumber} confirmed`)
  })

  test('tampering: 8 cases, none pays the order', async ({ client, assert }) => {
    const { owner, order } = await acceptedOrder()
    const pending = async () => assert.equal(await paymentStatusOf(order), 'awaiting_payment')

    // 1. Viva reports one cent less than the order total.
    sandbox.hooks.amountDeltaCents = -1
    let paid = await payAtViva(client, owner, order)
    let page = await successPage(client, owner, { t: paid.transaction.transactionId })
    assert.equal(page.inertiaProps.outcome, 'rejected')
    await pending()
    sandbox.resetHooks()

    // 2. A transaction of another order code (same amount and order number).
    const code = await vivaCodeOf(order)
    const atViva = sandbox.orders.get(code)!
    sandbox.orders.set('9999000011112222', { ...atViva, orderCode: '9999000011112222' })
    paid = sandbox.pay('9999000011112222')!
    page = await successPage(client, owner, { t: paid.transaction.transactionId, s: code })
    assert.equal(page.inertiaProps.outcome, 'rejected')
    await pending()

    // 3. Viva's status is not F: error, in progress, refunded.
    for (const statusId of ['E', 'A', 'R']) {
      sandbox.hooks.statusId = statusId
      paid = sandbox.pay(code)!
      page = await successPage(client, owner, { t: paid.transaction.transactionId, s: code })
      assert.equal(page.inertiaProps.outcome, 'notPaid', statusId)
      await pending()
    }
    sandbox.resetHooks()

    // 4. Another customer's transaction replayed on my success URL (neither order changes).
    const other = await acceptedOrder()
    const theirs = await payAtViva(client, other.owner, other.order)
    page = await successPage(client, owner, { t: theirs.transaction.transactionId, s: code })
    assert.equal(page.inertiaProps.outcome, 'rejected')
    assert.isNull(page.inertiaProps.order)
    await pending()

    // 5. A forged signature on a webhook claiming the payment.
    const forged = sandbox.eventFor(1796, { ...theirs.transaction, orderCode: code })
    const body = JSON.stringify(forged)
    let webhook = await postWebhook(body, 'ab'.repeat(32))
    assert.equal(webhook.status, 401)

    // 6. A body altered after signing.
    const signature = sandbox.sign(body)
    const altered = body
      .replace('"StatusId":"F"', '"StatusId":"F" ')
      .replace(/"Amount":[\d.]+/, '"Amount":0.01')
    webhook = await postWebhook(altered, signature)
    assert.equal(webhook.status, 401)
    await pending()

    // 7. An amount or a status sent by the browser is not read.
    sandbox.hooks.statusId = 'A'
    paid = sandbox.pay(code)!
    sandbox.resetHooks()
    page = await successPage(client, owner, {
      t: paid.transaction.transactionId,
      s: code,
      statusId: 'F',
      amount: String(order.totalGrossCents / 100),
    })
    assert.equal(page.inertiaProps.outcome, 'notPaid')
    await pending()

    // 8. The success URL of my first, paid order replayed with a second order's code.
    const { order: first } = await acceptedOrder('el', owner)
    const firstPaid = await payAtViva(client, owner, first)
    page = await successPage(client, owner, { t: firstPaid.transaction.transactionId })
    assert.equal(page.inertiaProps.outcome, 'paid')
    const { order: second } = await acceptedOrder('el', owner)
    const secondPay = await pay(client, owner, second)
    secondPay.assertStatus(302)
    const secondCode = await vivaCodeOf(second)
    page = await successPage(client, owner, {
      t: firstPaid.transaction.transactionId,
      s: secondCode,
    })
    assert.equal(page.inertiaProps.outcome, 'alreadyPaid')
    assert.equal(await paymentStatusOf(second), 'awaiting_payment')

    // Only the order paid for real is paid.
    await pending()
    assert.equal(await paidOrders(), 1)
    assert.equal(await paymentStatusOf(other.order), 'awaiting_payment')
  })

  test('Viva unreachable on the way back: an honest page, nothing changes', async ({
    client,
    assert,
  }) => {
    const { owner, order } = await acceptedOrder()
    const { transaction } = await payAtViva(client, owner, order)
    sandbox.hooks.failNextApiCalls = 5
    const page = await successPage(client, owner, { t: transaction.transactionId })
    page.assertStatus(200)
    assert.equal(page.inertiaProps.outcome, 'pending')
    assert.equal(await paymentStatusOf(order), 'awaiting_payment')
  })

  test('the failure page changes nothing and leads back to pay again', async ({
    client,
    assert,
  }) => {
    const { owner, order } = await acceptedOrder()
    const response = await pay(client, owner, order)
    const code = checkoutCode(response)
    const declined = sandbox.pay(code, { declined: true })!
    const page = await client
      .get('/payment/failure')
      .qs({ t: declined.transaction.transactionId, s: code })
      .withInertia()
      .loginAs(owner)
    page.assertStatus(200)
    page.assertInertiaComponent('public/payment/failure')
    assert.equal((page.inertiaProps.order as any).id, order.publicId)
    assert.equal(await paymentStatusOf(order), 'awaiting_payment')
    const retry = await pay(client, owner, order)
    retry.assertStatus(302)
  })
})

test.group('Payments / webhook', (group) => {
  group.each.setup(startWithSandbox)

  test('GET answers the verification key', async ({ client }) => {
    const response = await client.get('/payments/webhook')
    response.assertStatus(200)
    response.assertBody({ Key: sandbox.credentials.webhookKey })
  })

  test('a payment event delivered three times: paid once, one event row, all 200', async ({
    client,
    assert,
  }) => {
    using fake = mail.fake()
    const { owner, order } = await acceptedOrder()
    sandbox.hooks.webhooks = true
    sandbox.hooks.deliveries = 3
    const { transaction, delivered } = await payAtViva(client, owner, order)
    assert.deepEqual(await delivered, [200, 200, 200])

    const stored = await Order.findOrFail(order.id)
    assert.equal(stored.paymentStatus, 'paid')
    assert.equal(stored.invoiceReference, transaction.transactionId)
    assert.lengthOf(await paymentTransitions(order, 'paid'), 1)
    const events = await db.from('payment_events').select('*')
    assert.lengthOf(events, 1)
    assert.equal(events[0].order_id, order.id)
    assert.isNotNull(events[0].processed_at)
    assert.lengthOf(paymentMails(fake), 1)

    // The success page after the webhook: already paid, nothing more.
    const page = await successPage(client, owner, { t: transaction.transactionId })
    assert.equal(page.inertiaProps.outcome, 'alreadyPaid')
    assert.lengthOf(await paymentTransitions(order, 'paid'), 1)
  })

  test('a forged 1796 signed with the key from GET leaves the order unpaid', async ({
    client,
    assert,
  }) => {
    const { owner, order } = await acceptedOrder()
    const retry = await pay(client, owner, order)
    retry.assertStatus(302)
    const stored = await Order.findOrFail(order.id)
    const handshake = await client.get('/payments/webhook')
    const key = handshake.body().Key
    const forged = {
      EventTypeId: 1796,
      MessageId: 'forged-message',
      EventData: {
        TransactionId: '7f1d2c3b-0000-4000-8000-000000000000',
        OrderCode: Number(stored.vivaOrderCode),
        StatusId: 'F',
        Amount: order.totalGrossCents / 100,
        MerchantTrns: order.orderNumber,
      },
    }
    const body = JSON.stringify(forged)
    const { createHmac } = await import('node:crypto')
    const response = await postWebhook(body, createHmac('sha256', key).update(body).digest('hex'))
    assert.equal(response.status, 200)
    assert.equal(await paymentStatusOf(order), 'awaiting_payment')
  })

  test('Viva down during a delivery: 503 and no event row, so the retry pays the order', async ({
    assert,
    client,
  }) => {
    const { owner, order } = await acceptedOrder()
    const { event } = await payAtViva(client, owner, order)
    sandbox.hooks.failNextApiCalls = 1
    assert.equal(await sandbox.deliver(event), 503)
    assert.lengthOf(await db.from('payment_events'), 0)
    assert.equal(await paymentStatusOf(order), 'awaiting_payment')

    assert.equal(await sandbox.deliver(event), 200)
    assert.equal(await paymentStatusOf(order), 'paid')
  })

  test('unknown order codes and event types are answered 200 and change nothing', async ({
    client,
    assert,
  }) => {
    const { owner, order } = await acceptedOrder()
    const code = checkoutCode(await pay(client, owner, order))
    const atViva = sandbox.orders.get(code)!
    sandbox.orders.set('1111222233334444', { ...atViva, orderCode: '1111222233334444' })
    const stray = sandbox.pay('1111222233334444')!
    assert.equal(await sandbox.deliver(stray.event), 200)
    assert.equal(
      await sandbox.deliver({ ...stray.event, MessageId: 'other', EventTypeId: 4242 }),
      200
    )
    assert.equal(
      await sandbox.deliver({ ...stray.event, MessageId: 'failed', EventTypeId: 1798 }),
      200
    )
    assert.equal(await paidOrders(), 0)
    assert.lengthOf(await db.from('payment_events'), 3)
  })
})

test.group('Payments / refund', (group) => {
  group.each.setup(startWithSandbox)

  test('a superadmin refunds through Viva: refunded once, refund email; the 1797 event is a no-op', async ({
    client,
    assert,
  }) => {
    using fake = mail.fake()
    const { order, transaction } = await paidOrder(client, 'en')

    const admin = await createEnrolledStaff('admin')
    const refused = await refundRequest(client, admin, order)
      .form({ reason: 'Customer changed their mind' })
      .redirects(0)
    refused.assertStatus(403)

    const owner2 = await createEnrolledStaff('superadmin')
    const noReason = await refundRequest(client, owner2, order)
      .json({ reason: '' })
      .header('accept', 'application/json')
    noReason.assertStatus(422)
    assert.equal(await paymentStatusOf(order), 'paid')

    sandbox.hooks.webhooks = true
    const response = await refundRequest(client, owner2, order)
      .form({ reason: 'Customer changed their mind' })
      .header('referer', `/staff/orders/${order.id}`)
      .redirects(0)
    response.assertStatus(302)
    assert.equal(await paymentStatusOf(order), 'refunded')
    assert.equal(sandbox.transactions.get(transaction.transactionId).statusId, 'R')

    // The 1797 event Viva sends about it changes nothing more.
    await deliveriesMade(1)
    assert.deepEqual(
      sandbox.deliveries.map((delivery) => [delivery.eventTypeId, delivery.status]),
      [[1797, 200]]
    )
    const refunds = await paymentTransitions(order, 'refunded')
    assert.lengthOf(refunds, 1)
    assert.equal(refunds[0].actorId, owner2.id)
    assert.lengthOf(paymentMails(fake, 'refunded'), 1)
  })

  test('a bare status change cannot refund a Viva payment: the money goes back through Viva', async ({
    client,
    assert,
  }) => {
    const { order, transaction } = await paidOrder(client)
    const superadmin = await createEnrolledStaff('superadmin')
    const response = await client
      .post(`/staff/orders/${order.id}/transitions`)
      .json({ axis: 'paymentStatus', to: 'refunded', reason: 'Goodwill' })
      .withCsrfToken()
      .asStaff(superadmin)
      .header('accept', 'application/json')
    response.assertStatus(422)
    assert.equal(response.body().errors[0].rule, 'refundThroughViva')
    assert.equal(await paymentStatusOf(order), 'paid')
    assert.equal(sandbox.transactions.get(transaction.transactionId).statusId, 'F')
  })

  test('a refund made in Viva’s dashboard arrives as 1797 and refunds the order once', async ({
    client,
    assert,
  }) => {
    const { order, transaction } = await paidOrder(client)
    sandbox.hooks.webhooks = true
    sandbox.hooks.deliveries = 2
    const refund = await fetch(`${sandbox.url}/api/transactions/${transaction.transactionId}`, {
      method: 'DELETE',
      headers: {
        authorization: `Basic ${Buffer.from(`${sandbox.env.VIVA_MERCHANT_ID}:${sandbox.env.VIVA_API_KEY}`).toString('base64')}`,
      },
    })
    const refunded = (await refund.json()) as { Success: boolean }
    assert.isTrue(refunded.Success)
    await deliveriesMade(2)
    assert.equal(await paymentStatusOf(order), 'refunded')
    const refunds = await paymentTransitions(order, 'refunded')
    assert.lengthOf(refunds, 1)
  })
})
