import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import { Session } from '@adonisjs/session'
import User from '#models/user'
import { FACTORY_PASSWORD, UserFactory } from '#database/factories/user_factory'
import { fieldErrors } from '#tests/helpers/requests'

/** Counts Session#regenerate calls during a test (restored by cleanup). */
function spyOnRegenerate(cleanup: (fn: () => void) => void) {
  const original = Session.prototype.regenerate
  const spy = { calls: 0 }
  Session.prototype.regenerate = function (this: Session) {
    spy.calls++
    return original.call(this)
  }
  cleanup(() => {
    Session.prototype.regenerate = original
  })
  return spy
}

test.group('Customer login', () => {
  const login = (client: ApiClient, email: string, password: string) =>
    client.post('/login').withInertia().withCsrfToken().form({ email, password }).redirects(0)

  test('GET /login renders the form', async ({ client }) => {
    const response = await client.get('/login').withInertia()
    response.assertInertiaComponent('public/auth/login')
  })

  test('a customer logs in (email case-insensitive), with a new session id, to the portal', async ({
    client,
    cleanup,
  }) => {
    const user = await UserFactory.merge({ email: 'maria@example.com' }).create()
    const regenerate = spyOnRegenerate(cleanup)

    const response = await login(client, 'Maria@Example.COM', FACTORY_PASSWORD)

    response.assertStatus(302)
    response.assertHeader('location', '/portal')
    response.assertSession('auth_web', user.id)
    if (regenerate.calls < 1) throw new Error('login did not regenerate the session id')
  })

  test('an unverified customer may log in (the portal shows a banner)', async ({ client }) => {
    const user = await UserFactory.create()
    const response = await login(client, user.email, FACTORY_PASSWORD)
    response.assertHeader('location', '/portal')
  })

  test('goes back to the page that asked for a login', async ({ client }) => {
    const user = await UserFactory.create()
    const response = await client
      .post('/login')
      .withInertia()
      .withCsrfToken()
      .withSession({ redirect: { intendedUrl: '/portal/settings' } })
      .form({ email: user.email, password: FACTORY_PASSWORD })
      .redirects(0)
    response.assertHeader('location', '/portal/settings')
  })

  test('a wrong password or an unknown email gives the same form error', async ({
    client,
    assert,
  }) => {
    const user = await UserFactory.create()
    const wrong = await login(client, user.email, 'not-the-password')
    const unknown = await login(client, 'nobody@example.com', 'not-the-password')

    for (const response of [wrong, unknown]) {
      response.assertStatus(302)
      response.assertSessionMissing('auth_web')
      assert.deepEqual(fieldErrors(response).form, ['Λάθος email ή κωδικός.'])
    }
  })

  test('a banned user is refused with a clear message, only once the password matched', async ({
    client,
    assert,
  }) => {
    const user = await UserFactory.apply('banned').create()

    const right = await login(client, user.email, FACTORY_PASSWORD)
    right.assertSessionMissing('auth_web')
    assert.match(fieldErrors(right).form[0], /απενεργοποιηθεί/)

    const wrong = await login(client, user.email, 'not-the-password')
    assert.deepEqual(fieldErrors(wrong).form, ['Λάθος email ή κωδικός.'])
  })

  test('staff accounts cannot log in here (they use /staff/login with TOTP)', async ({
    client,
    assert,
  }) => {
    const staff = await UserFactory.apply('admin').apply('verified').create()
    const response = await login(client, staff.email, FACTORY_PASSWORD)
    response.assertSessionMissing('auth_web')
    assert.deepEqual(fieldErrors(response).form, [
      'Τα μέλη της ομάδας συνδέονται από τη σελίδα /staff/login.',
    ])
  })

  test('after 5 failures for one email, even the right password is refused for a while', async ({
    client,
    assert,
  }) => {
    const user = await UserFactory.create()
    for (let i = 0; i < 5; i++) {
      const response = await login(client, user.email, `wrong-password-${i}`)
      assert.deepEqual(fieldErrors(response).form, ['Λάθος email ή κωδικός.'])
    }

    const limited = await login(client, user.email, FACTORY_PASSWORD)
    limited.assertSessionMissing('auth_web')
    assert.match(
      fieldErrors(limited).form[0],
      /^Πάρα πολλές προσπάθειες\. Δοκιμάστε ξανά σε (1[0-5]) λεπτά\.$/
    )

    // In English for an English visitor, and 429 + Retry-After for JSON clients.
    const json = await client
      .post('/login')
      .withCsrfToken()
      .withPlainCookie('locale', 'en')
      .accept('json')
      .json({ email: user.email.toUpperCase(), password: FACTORY_PASSWORD })
    json.assertStatus(429)
    assert.isAbove(Number(json.header('retry-after')), 0)
    assert.match(json.body().errors[0].message, /^Too many attempts, try again in \d+ minutes\.$/)
  })

  test('a success resets the email counter', async ({ client, assert }) => {
    const user = await UserFactory.create()
    for (let i = 0; i < 4; i++) await login(client, user.email, 'wrong-password')
    const success = await login(client, user.email, FACTORY_PASSWORD)
    success.assertHeader('location', '/portal')
    for (let i = 0; i < 4; i++) {
      const response = await login(client, user.email, 'wrong-password')
      assert.deepEqual(fieldErrors(response).form, ['Λάθος email ή κωδικός.'])
    }
  })

  test('one IP guessing many emails is limited after 20 failures', async ({ client, assert }) => {
    const user = await UserFactory.create()
    for (let i = 0; i < 20; i++) {
      await login(client, `guess-${i}@example.com`, 'whatever-password')
    }
    const limited = await login(client, user.email, FACTORY_PASSWORD)
    limited.assertSessionMissing('auth_web')
    assert.match(fieldErrors(limited).form[0], /^Πάρα πολλές προσπάθειες/)
  })

  test('bad input is a field error, not a 500', async ({ client, assert }) => {
    const response = await client.post('/login').submitForm({ email: '' })
    response.assertStatus(302)
    assert.deepEqual(fieldErrors(response).email, ['Συμπληρώστε αυτό το πεδίο.'])
    assert.deepEqual(fieldErrors(response).password, ['Συμπληρώστε αυτό το πεδίο.'])
  })

  test('a logged-in user is sent from the login and register pages to their home', async ({
    client,
  }) => {
    const customer = await UserFactory.create()
    const staff = await UserFactory.merge({ role: 'admin', email: 'builder@pcmr.gr' }).create()
    for (const url of ['/login', '/register', '/forgot-password']) {
      const response = await client.get(url).loginAs(customer).redirects(0)
      response.assertStatus(302)
      response.assertHeader('location', '/portal')
      const staffResponse = await client.get(url).loginAs(staff).redirects(0)
      staffResponse.assertHeader('location', '/staff')
    }
  })
})

test.group('Customer logout', () => {
  test('POST /logout ends the session server side and gets a new session id', async ({
    client,
    cleanup,
    assert,
  }) => {
    const user = await UserFactory.apply('english').create()
    const regenerate = spyOnRegenerate(cleanup)

    const response = await client
      .post('/logout')
      .withInertia()
      .withCsrfToken()
      .withSession({ cart: 'anything' })
      .loginAs(user)
      .redirects(0)

    response.assertStatus(302)
    response.assertHeader('location', '/login')
    response.assertSessionMissing('auth_web')
    response.assertSessionMissing('cart')
    // The language of the signed-out visitor stays the account's.
    response.assertCookie('locale', 'en')
    response.assertFlashMessage('success', 'You have been signed out.')
    assert.isAtLeast(regenerate.calls, 1)

    // The login page it lands on tells the client to clear its history of portal pages.
    const login = await client
      .get('/login')
      .withInertia()
      .withFlashMessages(response.flashMessages())
    assert.isTrue(login.body().clearHistory)
  })

  test('the portal is closed after logout', async ({ client }) => {
    const response = await client.get('/portal').redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', '/login')
  })

  test('GET /logout does not exist (logout is a POST with CSRF)', async ({ client }) => {
    const user = await UserFactory.create()
    const response = await client.get('/logout').loginAs(user).redirects(0)
    response.assertStatus(404)
    await User.findOrFail(user.id)
  })
})
