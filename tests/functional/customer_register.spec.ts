import { test } from '@japa/runner'
import type { Assert } from '@japa/assert'
import type { ApiResponse } from '@japa/api-client'
import mail from '@adonisjs/mail/services/main'
import hash from '@adonisjs/core/services/hash'
import { DateTime } from 'luxon'
import User from '#models/user'
import UserToken from '#models/user_token'
import UserTokenService from '#services/user_token_service'
import VerifyEmailMail from '#mails/account/verify_email_mail'
import RegistrationAttemptMail from '#mails/account/registration_attempt_mail'
import { UserFactory } from '#database/factories/user_factory'
import { PASSWORD_MIN_LENGTH } from '#validators/auth'
import { fieldErrors, tokenOf } from '#tests/helpers/requests'
import { expireTokensOf } from '#tests/helpers/tokens'

const valid = {
  firstName: 'Μαρία',
  lastName: 'Κωνσταντίνου',
  email: 'Maria.K@Example.com',
  password: 'a-long-enough-password',
  phone: '+30 6912345678',
  terms: 'on',
}

const LINK_INVALID =
  'Ο σύνδεσμος δεν είναι έγκυρος ή έχει λήξει. Ζητήστε νέο σύνδεσμο επιβεβαίωσης.'

/** The link was refused: the message says so and the email stays unconfirmed. */
async function assertNotVerified(response: ApiResponse, user: User, assert: Assert) {
  response.assertFlashMessage('error', LINK_INVALID)
  await user.refresh()
  assert.isNull(user.emailVerifiedAt)
}

test.group('Customer registration', () => {
  test('GET /register renders the form', async ({ client }) => {
    const response = await client.get('/register').withInertia()
    response.assertStatus(200)
    response.assertInertiaComponent('public/auth/register')
    // The field's minimum is the validator's, not a copy in the page.
    response.assertInertiaPropsContains({
      locale: 'el',
      user: null,
      passwordMinLength: PASSWORD_MIN_LENGTH,
    })
  })

  test('creates an unverified customer and mails a confirmation link in Greek', async ({
    client,
    assert,
  }) => {
    using fake = mail.fake()

    const response = await client.post('/register').submitForm(valid)

    response.assertStatus(302)
    response.assertHeader('location', '/register/check-email')

    const user = await User.findByOrFail('email', 'maria.k@example.com')
    assert.equal(user.role, 'customer')
    assert.equal(user.firstName, 'Μαρία')
    assert.equal(user.phone, '+30 6912345678')
    assert.equal(user.locale, 'el')
    assert.isNull(user.emailVerifiedAt)
    assert.isNotNull(user.termsAcceptedAt)
    assert.notEqual(user.password, valid.password)
    assert.isTrue(await hash.verify(user.password!, valid.password))

    fake.mails.assertQueuedCount(1)
    fake.mails.assertQueued(VerifyEmailMail, (queued) => {
      queued.message.assertTo('maria.k@example.com')
      queued.message.assertSubject('Επιβεβαιώστε το email σας')
      return queued.url.includes('/verify-email/')
    })
    // The link's token is stored hashed, as an email_verification token.
    const [queued] = fake.mails.queued(() => true) as VerifyEmailMail[]
    const tokens = await UserToken.query().where('userId', user.id)
    assert.lengthOf(tokens, 1)
    assert.equal(tokens[0].purpose, 'email_verification')
    assert.notInclude(tokens[0].tokenHash, tokenOf(queued.url))
  })

  test('a visitor who switched to English registers an English account', async ({
    client,
    assert,
  }) => {
    using fake = mail.fake()

    await client
      .post('/register')
      .withInertia()
      .withCsrfToken()
      .withPlainCookie('locale', 'en')
      .form(valid)
      .redirects(0)

    const user = await User.findByOrFail('email', 'maria.k@example.com')
    assert.equal(user.locale, 'en')
    fake.mails.assertQueued(VerifyEmailMail, (queued) => {
      queued.message.assertSubject('Confirm your email address')
      return queued.locale === 'en'
    })
  })

  test('an already registered email gets the same answer and its owner a notice', async ({
    client,
    assert,
  }) => {
    const owner = await UserFactory.merge({ email: 'maria.k@example.com', locale: 'en' }).create()
    using fake = mail.fake()

    const response = await client.post('/register').submitForm(valid)

    response.assertStatus(302)
    response.assertHeader('location', '/register/check-email')
    response.assertFlashMessage('registeredEmail', 'maria.k@example.com')
    assert.notProperty(response.flashMessages(), 'inputErrorsBag')

    // Nothing created, nothing changed on the existing account.
    assert.lengthOf(await User.all(), 1)
    const firstName = owner.firstName
    await owner.refresh()
    assert.equal(owner.firstName, firstName)
    assert.isFalse(await hash.verify(owner.password!, valid.password))

    fake.mails.assertQueuedCount(1)
    fake.mails.assertQueued(RegistrationAttemptMail, (queued) => {
      queued.message.assertTo('maria.k@example.com')
      queued.message.assertSubject('Someone tried to register with your email')
      return true
    })
    assert.lengthOf(await UserToken.all(), 0)
  })

  test('registrations of one address are limited (no inbox flooding through the notice)', async ({
    client,
    assert,
  }) => {
    await UserFactory.merge({ email: 'maria.k@example.com' }).create()
    using fake = mail.fake()
    const register = () =>
      client.post('/register').withInertia().withCsrfToken().form(valid).redirects(0)

    for (let i = 0; i < 3; i++) {
      const response = await register()
      response.assertHeader('location', '/register/check-email')
    }
    const limited = await register()
    assert.match(fieldErrors(limited).email[0], /^Πάρα πολλές προσπάθειες\./)
    fake.mails.assertQueuedCount(3)
  })

  test('the check-email page shows the address just registered', async ({ client }) => {
    const response = await client
      .get('/register/check-email')
      .withInertia()
      .withFlashMessages({ registeredEmail: 'maria.k@example.com' })
    response.assertInertiaComponent('public/auth/check_email')
    response.assertInertiaPropsContains({ email: 'maria.k@example.com' })
  })

  test('the staff email domain is refused with a field error', async ({ client, assert }) => {
    using fake = mail.fake()

    for (const email of ['eleni@pcmr.gr', 'Eleni@PCMR.GR', 'eleni@shop.pcmr.gr']) {
      const response = await client.post('/register').submitForm({ ...valid, email })
      response.assertStatus(302)
      assert.deepEqual(fieldErrors(response).email, [
        'Οι διευθύνσεις της ομάδας PCMR δεν μπορούν να εγγραφούν εδώ.',
      ])
    }
    assert.lengthOf(await User.all(), 0)
    fake.mails.assertNoneQueued()
  })

  test('bad input gives field errors next to each field, never a 500', async ({
    client,
    assert,
  }) => {
    const response = await client
      .post('/register')
      .submitForm({ firstName: '', email: 'not-an-email', password: 'short', phone: 'call me' })

    response.assertStatus(302)
    const errors = fieldErrors(response)
    assert.deepEqual(errors.firstName, ['Συμπληρώστε αυτό το πεδίο.'])
    assert.deepEqual(errors.lastName, ['Συμπληρώστε αυτό το πεδίο.'])
    assert.deepEqual(errors.email, ['Γράψτε μια έγκυρη διεύθυνση email.'])
    assert.deepEqual(errors.password, ['Ο κωδικός χρειάζεται τουλάχιστον 10 χαρακτήρες.'])
    assert.deepEqual(errors.phone, ['Γράψτε έναν έγκυρο αριθμό τηλεφώνου, π.χ. +30 69xxxxxxxx.'])
    assert.deepEqual(errors.terms, ['Πρέπει να αποδεχτείτε τους όρους χρήσης.'])
    assert.lengthOf(await User.all(), 0)
  })

  test('a JSON client gets 422 with the errors in English when asked', async ({ client }) => {
    const response = await client
      .post('/register')
      .withCsrfToken()
      .withPlainCookie('locale', 'en')
      .accept('json')
      .json({ ...valid, password: 'short' })
    response.assertStatus(422)
    response.assertBodyContains({
      errors: [{ field: 'password', message: 'Your password needs at least 10 characters.' }],
    })
  })

  test('the phone is optional', async ({ client, assert, cleanup }) => {
    mail.fake()
    cleanup(() => mail.restore())
    await client.post('/register').submitForm({ ...valid, phone: '' })
    const user = await User.findByOrFail('email', 'maria.k@example.com')
    assert.isNull(user.phone)
  })

  test('a form without the CSRF token is refused', async ({ client, assert }) => {
    const response = await client.post('/register').withInertia().form(valid).redirects(0)
    // Shield sends the form back with an error instead of running the action.
    response.assertFlashMessage('errorsBag', { E_BAD_CSRF_TOKEN: 'Invalid or expired CSRF token' })
    assert.notEqual(response.header('location'), '/register/check-email')
    assert.lengthOf(await User.all(), 0)
  })
})

test.group('Customer email verification', () => {
  const tokens = new UserTokenService()

  test('the link shows a confirm page; posting it verifies the email once', async ({
    client,
    assert,
  }) => {
    const user = await UserFactory.create()
    const token = await tokens.issue(user, 'email_verification')

    const page = await client.get(`/verify-email/${token}`).withInertia()
    page.assertInertiaComponent('public/auth/verify_email')
    page.assertInertiaPropsContains({ token })
    page.assertHeader('referrer-policy', 'same-origin')
    await user.refresh()
    assert.isNull(user.emailVerifiedAt, 'opening the link alone changes nothing')

    const response = await client.post(`/verify-email/${token}`).submitForm({})
    response.assertStatus(302)
    response.assertHeader('location', '/login')
    response.assertFlashMessage(
      'success',
      'Το email σας επιβεβαιώθηκε. Συνδεθείτε για να συνεχίσετε.'
    )
    await user.refresh()
    assert.isTrue(DateTime.isDateTime(user.emailVerifiedAt))

    // Reused: refused.
    const again = await client.post(`/verify-email/${token}`).submitForm({})
    again.assertHeader('location', '/verify-email')
    again.assertFlashMessage('error', LINK_INVALID)
  })

  test('opening a bad or used link says so at once and leads to asking for a new one', async ({
    client,
  }) => {
    const user = await UserFactory.create()
    const used = await tokens.issue(user, 'email_verification')
    await tokens.consume(used, 'email_verification')

    for (const token of ['not-a-token', used]) {
      const page = await client.get(`/verify-email/${token}`).withInertia().redirects(0)
      page.assertStatus(302)
      page.assertHeader('location', '/verify-email')
      page.assertFlashMessage('error', LINK_INVALID)
    }
  })

  test('the logged-in owner lands on the portal', async ({ client }) => {
    const user = await UserFactory.create()
    const token = await tokens.issue(user, 'email_verification')
    const response = await client.post(`/verify-email/${token}`).loginAs(user).submitForm({})
    response.assertHeader('location', '/portal')
    response.assertFlashMessage('success', 'Το email σας επιβεβαιώθηκε.')
  })

  test('an expired token is refused', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const token = await tokens.issue(user, 'email_verification')
    await expireTokensOf(user)

    const response = await client.post(`/verify-email/${token}`).submitForm({})
    await assertNotVerified(response, user, assert)
  })

  test('a token of another purpose (password reset) does not verify', async ({
    client,
    assert,
  }) => {
    const user = await UserFactory.create()
    const token = await tokens.issue(user, 'password_reset')
    const response = await client.post(`/verify-email/${token}`).submitForm({})
    await assertNotVerified(response, user, assert)
    // And the reset token is still usable for its own purpose.
    assert.isNotNull(await tokens.consume(token, 'password_reset'))
  })

  test('resend from the login page: same answer for any email, a link only for unverified accounts', async ({
    client,
    assert,
  }) => {
    const unverified = await UserFactory.create()
    const verified = await UserFactory.apply('verified').create()
    using fake = mail.fake()

    const answers = []
    for (const email of [unverified.email, verified.email, 'nobody@example.com']) {
      const response = await client.post('/verify-email').submitForm({ email })
      answers.push([response.header('location'), response.flashMessage('success')])
    }
    assert.deepEqual(answers[0], answers[1])
    assert.deepEqual(answers[0], answers[2])

    fake.mails.assertQueuedCount(1)
    fake.mails.assertQueued(VerifyEmailMail, (queued) => {
      queued.message.assertTo(unverified.email)
      return true
    })
  })

  test('resend from the portal banner mails the logged-in user', async ({ client }) => {
    const user = await UserFactory.create()
    using fake = mail.fake()

    const response = await client
      .post('/portal/verify-email')
      .withInertia()
      .withCsrfToken()
      .loginAs(user)
      .redirects(0)
    response.assertStatus(302)
    response.assertFlashMessage('success', `Στείλαμε νέο σύνδεσμο επιβεβαίωσης στο ${user.email}.`)
    fake.mails.assertQueued(VerifyEmailMail, (queued) => {
      queued.message.assertTo(user.email)
      return true
    })
  })

  test('verification requests are rate limited per email', async ({ client, assert }) => {
    const user = await UserFactory.create()
    using fake = mail.fake()

    const send = () => client.post('/verify-email').submitForm({ email: user.email })

    for (let i = 0; i < 3; i++) {
      const response = await send()
      response.assertFlashMissing('inputErrorsBag')
    }
    const limited = await send()
    assert.match(
      fieldErrors(limited).email[0],
      /^Πάρα πολλές προσπάθειες\. Δοκιμάστε ξανά σε \d+ λεπτά\.$/
    )
    fake.mails.assertQueuedCount(3)

    // JSON clients get a 429 with Retry-After.
    const json = await client.post('/verify-email').submitJson({ email: user.email })
    json.assertStatus(429)
    assert.isAbove(Number(json.header('retry-after')), 0)
  })
})
