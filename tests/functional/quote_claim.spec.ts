import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import mail from '@adonisjs/mail/services/main'
import app from '@adonisjs/core/services/app'
import Order from '#models/order'
import type User from '#models/user'
import OrderStatusHistory from '#models/order_status_history'
import OrderClaimedMail from '#mails/orders/order_claimed_mail'
import OrderTransitionService from '#services/order_transition_service'
import { FACTORY_PASSWORD, UserFactory } from '#database/factories/user_factory'
import { fieldError } from '#tests/helpers/requests'
import { claim, customer, expire, publishedQuote } from '#tests/helpers/customer_quotes'

/** One column of the order as stored now. */
async function stored<Column extends keyof Order>(id: number, column: Column) {
  const order = await Order.findOrFail(id)
  return order[column]
}

function postClaim(client: ApiClient, code: string) {
  return client.post(`/quote/${code}/claim`).withCsrfToken().redirects(0)
}

/** The claim as a script asks for it, by `claimant` (JSON errors). */
function claimAsJson(client: ApiClient, order: Order, claimant: User) {
  return client
    .post(`/quote/${order.claimCode}/claim`)
    .withCsrfToken()
    .accept('json')
    .loginAs(claimant)
}

/** Cancels the quote through the lifecycle, as staff would. */
async function cancel(order: Order) {
  const transitions = await app.container.make(OrderTransitionService)
  await transitions.apply(order.id, { axis: 'orderStatus', to: 'cancelled' }, { reason: 'x' })
  return order
}

test.group('Claim / binding the quote to the session user', () => {
  test('a confirmed customer claims: quote → claimed under their account, history row, email', async ({
    client,
    assert,
  }) => {
    using fake = mail.fake()
    const maria = await customer('en')
    const order = await publishedQuote()

    const response = await postClaim(client, order.claimCode!).loginAs(maria)
    response.assertStatus(302)
    response.assertHeader('location', `/portal/orders/${order.publicId}`)

    await order.refresh()
    assert.equal(order.customerId, maria.id)
    assert.equal(order.orderStatus, 'claimed')
    assert.isNotNull(order.claimedAt)
    const history = await OrderStatusHistory.query().where('orderId', order.id).orderBy('id')
    assert.deepInclude(
      history.map((row) => [row.fromStatus, row.toStatus, row.actorId]),
      ['quote', 'claimed', maria.id]
    )
    fake.mails.assertQueued(OrderClaimedMail, ({ message }) => {
      return (
        message.hasTo(maria.email) &&
        message.hasSubject(`Quote ${order.orderNumber} is now in your account`)
      )
    })
  })

  test('the order goes to the session user, never to an id sent with the request', async ({
    client,
    assert,
  }) => {
    const maria = await customer()
    const other = await customer()
    const order = await publishedQuote()
    await postClaim(client, order.claimCode!)
      .form({ customerId: other.id, userId: other.id })
      .loginAs(maria)
    await order.refresh()
    assert.equal(order.customerId, maria.id)
  })

  test('a code typed in lower case without dashes claims the same quote', async ({
    client,
    assert,
  }) => {
    const maria = await customer()
    const order = await publishedQuote()
    const typed = order.claimCode!.toLowerCase().replaceAll('-', '')
    const response = await postClaim(client, typed).loginAs(maria)
    response.assertStatus(302)
    await order.refresh()
    assert.equal(order.customerId, maria.id)
  })

  test('claiming twice by the same user is a no-op: one history row, one email', async ({
    client,
    assert,
  }) => {
    using fake = mail.fake()
    const maria = await customer()
    const order = await publishedQuote()
    await postClaim(client, order.claimCode!).loginAs(maria)
    const again = await postClaim(client, order.claimCode!).loginAs(maria)
    again.assertStatus(302)
    again.assertHeader('location', `/portal/orders/${order.publicId}`)

    const claims = await OrderStatusHistory.query()
      .where('orderId', order.id)
      .where('toStatus', 'claimed')
    assert.lengthOf(claims, 1)
    assert.lengthOf(
      fake.mails.queued((mailer) => mailer instanceof OrderClaimedMail),
      1
    )
  })

  test('a guest is sent to sign in and the quote is where they come back to', async ({
    client,
  }) => {
    const order = await publishedQuote()
    const post = await client.post(`/quote/${order.claimCode}/claim`).withCsrfToken().redirects(0)
    post.assertStatus(302)
    post.assertHeader('location', '/login')

    const start = await client.get(`/quote/${order.claimCode}/claim`).redirects(0)
    start.assertStatus(302)
    start.assertHeader('location', '/login')
    const register = await client.get(`/quote/${order.claimCode}/claim?account=new`).redirects(0)
    register.assertHeader('location', '/register')
  })

  test('the way to sign in keeps the quote, and the login lands back on it', async ({
    client,
    assert,
  }) => {
    const order = await publishedQuote()
    const maria = await customer()
    const start = await client.get(`/quote/${order.claimCode}/claim`).redirects(0)
    assert.deepInclude(start.session(), {
      redirect: { intendedUrl: `/quote/${order.claimCode}` },
    })

    const login = await client
      .post('/login')
      .withCsrfToken()
      .withSession(start.session())
      .form({ email: maria.email, password: FACTORY_PASSWORD })
      .redirects(0)
    login.assertStatus(302)
    login.assertHeader('location', `/quote/${order.claimCode}`)
  })
})

test.group('Claim / refusals', () => {
  test('a quote claimed by another user is refused with a clear message, nothing changes', async ({
    client,
    assert,
  }) => {
    const owner = await customer()
    const order = await claim(await publishedQuote(), owner)
    const intruder = await customer('en')

    const response = await postClaim(client, order.claimCode!)
      .header('referer', `/quote/${order.claimCode}`)
      .loginAs(intruder)
    response.assertStatus(302)
    assert.equal(
      fieldError(response, 'form'),
      'This quote has already been claimed by another account.'
    )
    await order.refresh()
    assert.equal(order.customerId, owner.id)

    const json = await claimAsJson(client, order, intruder)
    json.assertStatus(422)
    json.assertBodyContains({ errors: [{ field: 'form', rule: 'claimedByOther' }] })
  })

  test('a claim {case} is refused ({rule}), nothing changes')
    .with([
      {
        case: 'of an expired quote',
        rule: 'expired',
        quote: async () => expire(await publishedQuote()),
        claimant: () => customer(),
        orderStatus: 'quote',
      },
      {
        case: 'of a cancelled quote',
        rule: 'cancelled',
        quote: async () => cancel(await publishedQuote()),
        claimant: () => customer(),
        orderStatus: 'cancelled',
      },
      {
        case: 'by a staff account',
        rule: 'staff',
        quote: () => publishedQuote(),
        claimant: () => UserFactory.apply('admin').apply('verified').create(),
        orderStatus: 'quote',
      },
      {
        case: 'by a customer whose email is not confirmed (asked in Greek to confirm it first)',
        rule: 'unverified',
        quote: () => publishedQuote(),
        claimant: () => UserFactory.create(),
        orderStatus: 'quote',
        message: /Επιβεβαιώστε πρώτα το email σας/,
      },
    ])
    .run(async ({ client, assert }, row) => {
      const order = await row.quote()
      const response = await claimAsJson(client, order, await row.claimant())
      response.assertStatus(422)
      response.assertBodyContains({ errors: [{ rule: row.rule }] })
      if (row.message) assert.match(response.body().errors[0].message, row.message)
      assert.isNull(await stored(order.id, 'customerId'))
      assert.equal(await stored(order.id, 'orderStatus'), row.orderStatus)
    })

  test('an unknown code is the same 404 for a signed-in claim', async ({ client }) => {
    const response = await client
      .post('/quote/K7QF-M2XD-9WNA-R4TB/claim')
      .withCsrfToken()
      .loginAs(await customer())
    response.assertStatus(404)
  })
})
