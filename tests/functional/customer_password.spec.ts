import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import mail from '@adonisjs/mail/services/main'
import hash from '@adonisjs/core/services/hash'
import UserToken from '#models/user_token'
import UserTokenService from '#services/user_token_service'
import PasswordResetMail from '#mails/account/password_reset_mail'
import { FACTORY_PASSWORD, UserFactory } from '#database/factories/user_factory'
import { expireTokensOf } from '#tests/helpers/tokens'
import { fieldErrors, tokenOf } from '#tests/helpers/requests'

const SENT =
  'Αν υπάρχει λογαριασμός με αυτό το email, στείλαμε οδηγίες για νέο κωδικό. Ελέγξτε τα εισερχόμενά σας.'
const INVALID = 'Ο σύνδεσμος επαναφοράς δεν είναι έγκυρος ή έχει λήξει. Ζητήστε νέο σύνδεσμο.'

test.group('Customer forgot / reset password', () => {
  const forgot = (client: ApiClient, email: string) =>
    client.post('/forgot-password').withInertia().withCsrfToken().form({ email }).redirects(0)

  test('same answer for a known and an unknown email; a mail only for the known one', async ({
    client,
  }) => {
    const user = await UserFactory.apply('english').create()
    using fake = mail.fake()

    const known = await forgot(client, user.email.toUpperCase())
    const unknown = await forgot(client, 'nobody@example.com')
    for (const response of [known, unknown]) {
      response.assertStatus(302)
      response.assertHeader('location', '/forgot-password')
      response.assertFlashMessage('success', SENT)
    }

    fake.mails.assertQueuedCount(1)
    fake.mails.assertQueued(PasswordResetMail, (queued) => {
      queued.message.assertTo(user.email)
      queued.message.assertSubject('Set a new password')
      queued.message.assertTextIncludes('/reset-password/')
      return queued.locale === 'en'
    })
  })

  test('the link sets a new password once, then is refused', async ({ client, assert }) => {
    const user = await UserFactory.create()
    using fake = mail.fake()
    await forgot(client, user.email)
    const [queued] = fake.mails.queued(() => true) as PasswordResetMail[]
    const token = tokenOf(queued.url)

    const page = await client.get(`/reset-password/${token}`).withInertia()
    page.assertInertiaComponent('public/auth/reset_password')
    page.assertHeader('referrer-policy', 'same-origin')

    const response = await client
      .post(`/reset-password/${token}`)
      .submitForm({ password: 'brand-new-password' })
    response.assertHeader('location', '/login')
    response.assertFlashMessage('success', 'Ο κωδικός σας άλλαξε. Συνδεθείτε με τον νέο κωδικό.')

    await user.refresh()
    assert.isTrue(await hash.verify(user.password!, 'brand-new-password'))
    assert.isNotNull(user.emailVerifiedAt, 'the mailbox is proven by the link')

    const login = await client
      .post('/login')
      .submitForm({ email: user.email, password: 'brand-new-password' })
    login.assertHeader('location', '/portal')

    const reused = await client
      .post(`/reset-password/${token}`)
      .submitForm({ password: 'another-new-password' })
    reused.assertHeader('location', '/forgot-password')
    reused.assertFlashMessage('error', INVALID)
    await user.refresh()
    assert.isTrue(await hash.verify(user.password!, 'brand-new-password'))
  })

  test('a bad, used or expired link says so at once and leads to asking for a new one', async ({
    client,
  }) => {
    const user = await UserFactory.create()
    const used = await new UserTokenService().issue(user, 'password_reset')
    await new UserTokenService().consume(used, 'password_reset')
    const expired = await new UserTokenService().issue(user, 'password_reset')
    await expireTokensOf(user)

    for (const token of ['not-a-token', used, expired]) {
      const page = await client.get(`/reset-password/${token}`).withInertia().redirects(0)
      page.assertStatus(302)
      page.assertHeader('location', '/forgot-password')
      page.assertFlashMessage('error', INVALID)
    }
  })

  test('{case} cannot reset the password')
    .with([
      { case: 'an expired link', purpose: 'password_reset', expired: true },
      { case: 'an email verification token', purpose: 'email_verification', expired: false },
    ] as const)
    .run(async ({ client, assert }, row) => {
      const user = await UserFactory.create()
      const token = await new UserTokenService().issue(user, row.purpose)
      if (row.expired) await expireTokensOf(user)

      const response = await client
        .post(`/reset-password/${token}`)
        .submitForm({ password: 'brand-new-password' })
      response.assertFlashMessage('error', INVALID)
      await user.refresh()
      assert.isTrue(await hash.verify(user.password!, FACTORY_PASSWORD))
    })

  test('a new password shorter than 10 characters is a field error and keeps the token', async ({
    client,
    assert,
  }) => {
    const user = await UserFactory.create()
    const token = await new UserTokenService().issue(user, 'password_reset')
    const response = await client.post(`/reset-password/${token}`).submitForm({ password: 'short' })
    assert.deepEqual(fieldErrors(response).password, [
      'Ο κωδικός χρειάζεται τουλάχιστον 10 χαρακτήρες.',
    ])
    const row = await UserToken.findByOrFail('userId', user.id)
    assert.isNull(row.usedAt)
  })

  test('reset requests are limited per email (whether it has an account or not)', async ({
    client,
    assert,
  }) => {
    using fake = mail.fake()
    for (let i = 0; i < 3; i++) {
      const response = await forgot(client, 'nobody@example.com')
      response.assertFlashMessage('success', SENT)
    }
    const limited = await forgot(client, 'nobody@example.com')
    limited.assertFlashMissing('success')
    assert.match(fieldErrors(limited).email[0], /^Πάρα πολλές προσπάθειες\./)
    fake.mails.assertNoneQueued()
  })
})

test.group('Customer change password', () => {
  test('the current password is required and checked', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const response = await client
      .put('/portal/settings/password')
      .loginAs(user)
      .submitForm({ currentPassword: 'not-the-password', newPassword: 'brand-new-password' })
    assert.deepEqual(fieldErrors(response).currentPassword, ['Ο τρέχων κωδικός δεν είναι σωστός.'])
    await user.refresh()
    assert.isTrue(await hash.verify(user.password!, FACTORY_PASSWORD))
  })

  test('changes the password with the right current one', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const response = await client
      .put('/portal/settings/password')
      .loginAs(user)
      .submitForm({ currentPassword: FACTORY_PASSWORD, newPassword: 'brand-new-password' })
    response.assertHeader('location', '/portal/settings')
    response.assertFlashMessage('success', 'Ο κωδικός σας άλλαξε.')
    response.assertSession('auth_web', user.id)
    await user.refresh()
    assert.isTrue(await hash.verify(user.password!, 'brand-new-password'))
  })

  test('guessing the current password is limited', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const attempt = (currentPassword: string) =>
      client
        .put('/portal/settings/password')
        .loginAs(user)
        .submitForm({ currentPassword, newPassword: 'brand-new-password' })
    for (let i = 0; i < 5; i++) await attempt(`guess-number-${i}`)
    const limited = await attempt(FACTORY_PASSWORD)
    assert.match(fieldErrors(limited).currentPassword[0], /^Πάρα πολλές προσπάθειες\./)
    await user.refresh()
    assert.isTrue(await hash.verify(user.password!, FACTORY_PASSWORD))
  })
})
