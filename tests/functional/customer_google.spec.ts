import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import env from '#start/env'
import User from '#models/user'
import GoogleSignInService, { type GoogleProfile } from '#services/google_sign_in_service'
import { createCustomer, createStaff } from '#tests/helpers/staff'

const profile = (overrides: Partial<GoogleProfile> = {}): GoogleProfile => ({
  email: 'Eleni.Google@Example.com',
  emailVerified: true,
  firstName: 'Ελένη',
  lastName: 'Γεωργίου',
  ...overrides,
})

test.group('Google sign-in: the account behind a Google profile', () => {
  const google = new GoogleSignInService()

  test('a new address becomes a verified customer in the visitor’s language', async ({
    assert,
  }) => {
    const outcome = await google.customerFor(profile(), 'en')
    assert.equal(outcome.status, 'signed_in')
    const user = await User.findByOrFail('email', 'eleni.google@example.com')
    assert.equal(user.role, 'customer')
    assert.equal(user.locale, 'en')
    assert.equal(user.firstName, 'Ελένη')
    assert.isNotNull(user.emailVerifiedAt)
    assert.isNotNull(user.termsAcceptedAt)
    assert.isNull(user.password)
  })

  test('an existing customer is signed in, keeping the password', async ({ assert }) => {
    const customer = await createCustomer('eleni.google@example.com')
    const outcome = await google.customerFor(profile(), 'el')
    assert.deepInclude(outcome, { status: 'signed_in', created: false })
    await customer.refresh()
    assert.isNotNull(customer.password)
    assert.equal(
      await User.query()
        .count('* as total')
        .then((rows) => rows.length),
      1
    )
  })

  test('an unconfirmed registration of that address loses its password', async ({ assert }) => {
    const squatter = await createCustomer('eleni.google@example.com')
    squatter.emailVerifiedAt = null
    await squatter.save()

    const outcome = await google.customerFor(profile(), 'el')
    assert.equal(outcome.status, 'signed_in')
    await squatter.refresh()
    assert.isNotNull(squatter.emailVerifiedAt)
    assert.isNull(squatter.password)
  })

  test('refused: unverified Google email, staff domain, staff account, banned customer', async ({
    assert,
  }) => {
    assert.deepEqual(await google.customerFor(profile({ emailVerified: false }), 'el'), {
      status: 'refused',
      reason: 'unverified_email',
    })
    assert.deepEqual(await google.customerFor(profile({ email: 'new.person@pcmr.gr' }), 'el'), {
      status: 'refused',
      reason: 'staff',
    })

    const staff = await createStaff({ email: 'builder@example.com' })
    assert.deepEqual(await google.customerFor(profile({ email: staff.email }), 'el'), {
      status: 'refused',
      reason: 'staff',
    })

    const banned = await createCustomer('banned@example.com')
    banned.bannedAt = DateTime.now()
    await banned.save()
    assert.deepEqual(await google.customerFor(profile({ email: banned.email }), 'el'), {
      status: 'refused',
      reason: 'banned',
    })
    assert.lengthOf(await User.all(), 2)
  })
})

test.group('Google sign-in: routes', () => {
  test('the login page offers Google and the redirect goes to Google’s consent screen', async ({
    client,
    assert,
  }) => {
    const login = await client.get('/login').withInertia()
    login.assertInertiaPropsContains({ googleSignIn: true })

    const response = await client.get('/auth/google/redirect').redirects(0)
    response.assertStatus(302)
    const location = new URL(response.header('location')!)
    assert.equal(location.host, 'accounts.google.com')
    assert.equal(location.searchParams.get('client_id'), env.get('GOOGLE_CLIENT_ID'))
    assert.equal(
      location.searchParams.get('redirect_uri'),
      `${env.get('APP_URL').replace(/\/+$/, '')}/auth/google/callback`
    )
    assert.isNotEmpty(location.searchParams.get('state'))
  })

  test('a cancelled or forged callback logs nobody in', async ({ client }) => {
    const denied = await client
      .get('/auth/google/callback')
      .qs({ error: 'access_denied' })
      .redirects(0)
    denied.assertStatus(302)
    denied.assertHeader('location', '/login')
    denied.assertFlashMessage('error', 'Η σύνδεση με Google ακυρώθηκε.')

    // No state cookie from our redirect: a forged or replayed callback.
    const forged = await client
      .get('/auth/google/callback')
      .qs({ code: 'stolen-code', state: 'guessed-state' })
      .redirects(0)
    forged.assertHeader('location', '/login')
    forged.assertFlashMessage('error', 'Η σύνδεση με Google δεν ολοκληρώθηκε. Δοκιμάστε ξανά.')
    forged.assertSessionMissing('auth_web')
  })

  test('without credentials there is no button and no route', async ({ client, cleanup }) => {
    const configured = env.get('GOOGLE_CLIENT_ID')!
    env.set('GOOGLE_CLIENT_ID', '')
    cleanup(() => env.set('GOOGLE_CLIENT_ID', configured))

    const login = await client.get('/login').withInertia()
    login.assertInertiaPropsContains({ googleSignIn: false })
    const register = await client.get('/register').withInertia()
    register.assertInertiaPropsContains({ googleSignIn: false })
    const redirect = await client.get('/auth/google/redirect').redirects(0)
    redirect.assertStatus(404)
  })
})
