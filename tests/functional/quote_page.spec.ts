import { test } from '@japa/runner'
import type { ApiResponse } from '@japa/api-client'
import { OrderFactory } from '#database/factories/order_factory'
import { UserFactory } from '#database/factories/user_factory'
import { LIMITS } from '#services/abuse_limits'
import { claim, customer, expire, publishedQuote, STAFF_ONLY } from '#tests/helpers/customer_quotes'
import OrderTransitionService from '#services/order_transition_service'
import app from '@adonisjs/core/services/app'

function props(response: ApiResponse) {
  return response.inertiaProps as Record<string, any>
}

/** Every string of a JSON value, flattened (to look for what must not be there). */
function text(value: unknown) {
  return JSON.stringify(value)
}

test.group('Quote page / states', () => {
  test('open: every line, the VAT breakdown, the total and the validity date, in Greek', async ({
    client,
    assert,
  }) => {
    const order = await publishedQuote()
    const response = await client.get(`/quote/${order.claimCode}`).withInertia()

    response.assertStatus(200)
    response.assertInertiaComponent('public/quote/show')
    const { state, code, quote, orderId } = props(response)
    assert.equal(state, 'open')
    assert.equal(code, order.claimCode)
    assert.isNull(orderId)
    assert.equal(quote.number, order.orderNumber)
    assert.deepEqual(
      quote.lines.map((line: any) => [line.kindLabel, line.name, line.quantity, line.unitPrice]),
      [
        ['Εξάρτημα', 'NVIDIA GeForce RTX 4070 Super', 1, '649,00 €'],
        ['Υπηρεσία', 'Assembly and testing', 1, '80,00 €'],
      ]
    )
    assert.equal(quote.lines[0].specs, 'Chipset AD104 · VRAM 12 GB · Θέσεις 2,5')
    assert.equal(quote.totals.gross, '729,00 €')
    assert.deepEqual(
      quote.totals.byRate.map((rate: any) => rate.rate),
      ['24%']
    )
    assert.equal(quote.totals.net, '587,90 €')
    assert.match(quote.validUntil, /\d{4}$/)
    assert.notInclude(text(quote), STAFF_ONLY.internalNotes)
  })

  test('the same quote in English: words, money and dates in the reader language', async ({
    client,
    assert,
  }) => {
    const order = await publishedQuote()
    const response = await client
      .get(`/quote/${order.claimCode}`)
      .withInertia()
      .withPlainCookie('locale', 'en')
    const { quote, locale } = props(response)
    assert.equal(locale, 'en')
    assert.equal(quote.lines[0].kindLabel, 'Component')
    assert.equal(quote.lines[0].specs, 'Chipset AD104 · VRAM 12 GB · Slots 2.5')
    assert.equal(quote.totals.gross, '€729.00')
    assert.match(quote.validUntil, /^[0-9]{1,2} [A-Z][a-z]{2} \d{4}$/)
  })

  test('expired: no claim, the quote is still shown', async ({ client, assert }) => {
    const order = await expire(await publishedQuote())
    const response = await client.get(`/quote/${order.claimCode}`).withInertia()
    response.assertStatus(200)
    assert.equal(props(response).state, 'expired')
    assert.equal(props(response).quote.number, order.orderNumber)
  })

  test('claimed by the visitor: a link to their order', async ({ client, assert }) => {
    const owner = await customer()
    const order = await claim(await publishedQuote(), owner)
    const response = await client.get(`/quote/${order.claimCode}`).withInertia().loginAs(owner)
    assert.equal(props(response).state, 'yours')
    assert.equal(props(response).orderId, order.publicId)
  })

  test('claimed by someone else: a neutral page without line, price or name', async ({
    client,
    assert,
  }) => {
    const owner = await customer()
    const order = await claim(await publishedQuote(), owner)
    for (const viewer of [null, await customer()]) {
      const request = client.get(`/quote/${order.claimCode}`).withInertia()
      const response = viewer ? await request.loginAs(viewer) : await request
      response.assertStatus(200)
      const pageProps = props(response)
      assert.equal(pageProps.state, 'claimedByOther')
      assert.isNull(pageProps.quote)
      assert.isNull(pageProps.orderId)
      const page = text({ ...pageProps, user: null })
      for (const secret of [order.orderNumber, 'RTX', '649', owner.firstName, owner.email]) {
        assert.notInclude(page, secret)
      }
    }
  })

  test('cancelled: says so, no claim', async ({ client, assert }) => {
    const order = await publishedQuote()
    const transitions = await app.container.make(OrderTransitionService)
    await transitions.apply(
      order.id,
      { axis: 'orderStatus', to: 'cancelled' },
      { reason: 'Customer bought elsewhere' }
    )
    const response = await client.get(`/quote/${order.claimCode}`).withInertia()
    assert.equal(props(response).state, 'cancelled')
  })

  test('the code is accepted however it is typed, and redirected to its canonical form', async ({
    client,
    assert,
  }) => {
    const order = await publishedQuote()
    const code = order.claimCode!
    const typed = code.toLowerCase().replaceAll('-', ' ')
    const confusable = code.replaceAll('0', 'o').replaceAll('1', 'l').replaceAll('-', '')
    for (const variant of [code.toLowerCase(), code.replaceAll('-', ''), typed, confusable]) {
      const response = await client.get(`/quote/${encodeURIComponent(variant)}`).redirects(0)
      response.assertStatus(302)
      response.assertHeader('location', `/quote/${code}`)
    }
    const followed = await client.get(`/quote/${code.toLowerCase()}`).withInertia()
    assert.equal(props(followed).code, code)
  })
})

test.group('Quote page / unknown codes', () => {
  test('an unknown, malformed or draft code is the branded 404, like any unknown page', async ({
    client,
  }) => {
    const draft = await OrderFactory.create()
    const unknown = ['K7QF-M2XD-9WNA-R4TB', 'not-a-code', String(draft.id), `${draft.publicId}`]
    for (const code of unknown) {
      const response = await client.get(`/quote/${code}`).withInertia()
      response.assertStatus(404)
      response.assertInertiaComponent('public/errors/not_found')
    }
    const elsewhere = await client.get('/no-such-page').withInertia()
    elsewhere.assertStatus(404)
    elsewhere.assertInertiaComponent('public/errors/not_found')
  })

  test('after 20 misses in 10 minutes an IP gets 429 with Retry-After, even for a real code', async ({
    client,
    assert,
  }) => {
    const order = await publishedQuote()
    for (let miss = 0; miss < LIMITS.quoteMissesPerIp.requests; miss++) {
      const response = await client.get(`/quote/AAAA-AAAA-AAAA-AA${String(miss).padStart(2, '0')}`)
      response.assertStatus(404)
    }
    const blocked = await client.get('/quote/AAAA-AAAA-AAAA-AAZZ').withInertia()
    blocked.assertStatus(429)
    blocked.assertInertiaComponent('public/quote/too_many_lookups')
    const retryAfter = Number(blocked.header('retry-after'))
    assert.isAbove(retryAfter, 0)
    assert.isAtMost(retryAfter, 10 * 60)

    const real = await client.get(`/quote/${order.claimCode}`)
    real.assertStatus(429)
  })

  test('found quotes do not count as misses', async ({ client }) => {
    const order = await publishedQuote()
    for (let visit = 0; visit < LIMITS.quoteMissesPerIp.requests + 5; visit++) {
      const response = await client.get(`/quote/${order.claimCode}`)
      response.assertStatus(200)
    }
  })

  test('staff see the open quote but are told they cannot claim it', async ({ client, assert }) => {
    const order = await publishedQuote()
    const staff = await UserFactory.apply('admin').apply('verified').create()
    const response = await client.get(`/quote/${order.claimCode}`).withInertia().loginAs(staff)
    assert.equal(props(response).state, 'open')
  })
})
