import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import mail from '@adonisjs/mail/services/main'
import type User from '#models/user'
import UserToken from '#models/user_token'
import EmailChangeVerificationMail from '#mails/account/email_change_verification_mail'
import EmailChangeNoticeMail from '#mails/account/email_change_notice_mail'
import { FACTORY_PASSWORD, UserFactory } from '#database/factories/user_factory'
import { OrderFactory } from '#database/factories/order_factory'
import { DEFAULT_VAT_RATE_BP, vatBreakdown } from '#domain/money'
import { fieldErrors, tokenOf } from '#tests/helpers/requests'

test.group('Customer portal access', () => {
  test('guests are sent to the login page', async ({ client }) => {
    for (const url of ['/portal', '/portal/settings']) {
      const response = await client.get(url).redirects(0)
      response.assertStatus(302)
      response.assertHeader('location', '/login')
    }
  })

  test('staff users are sent to /staff', async ({ client }) => {
    const staff = await UserFactory.apply('admin').apply('verified').create()
    const response = await client.get('/portal').loginAs(staff).redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', '/staff')
  })

  test('an unverified customer reaches the portal, flagged for the banner', async ({ client }) => {
    const user = await UserFactory.create()
    const response = await client.get('/portal').withInertia().loginAs(user)
    response.assertStatus(200)
    response.assertInertiaComponent('portal/dashboard')
    response.assertInertiaPropsContains({ emailVerified: false })
  })

  test('shares only the public fields of the logged-in user', async ({ client, assert }) => {
    const user = await UserFactory.apply('verified').apply('english').create()
    const response = await client.get('/portal').withInertia().loginAs(user)
    response.assertInertiaPropsContains({
      emailVerified: true,
      locale: 'en',
      user: {
        id: user.id,
        firstName: user.firstName,
        lastName: user.lastName,
        email: user.email,
        role: 'customer',
        locale: 'en',
      },
    })
    const shared = response.inertiaProps.user as Record<string, unknown>
    assert.sameMembers(Object.keys(shared), [
      'id',
      'firstName',
      'lastName',
      'email',
      'role',
      'locale',
    ])
  })

  test('a customer sees only their own orders, with totals formatted for their language', async ({
    client,
    assert,
  }) => {
    const maria = await UserFactory.apply('verified').create()
    const giorgos = await UserFactory.apply('verified').create()
    const totals = (gross: number) => {
      const { net, vat } = vatBreakdown(gross, DEFAULT_VAT_RATE_BP)
      return { totalGrossCents: gross, totalNetCents: net, totalVatCents: vat }
    }
    const mine = await OrderFactory.merge({ customerId: maria.id, ...totals(123456) }).create()
    const theirs = await OrderFactory.merge({ customerId: giorgos.id, ...totals(99900) }).create()
    await OrderFactory.create() // not claimed by anyone

    const response = await client.get('/portal').withInertia().loginAs(maria)
    const orders = response.inertiaProps.orders as Array<Record<string, unknown>>
    assert.deepEqual(
      orders.map((order) => order.number),
      [mine.orderNumber]
    )
    assert.notInclude(JSON.stringify(response.inertiaProps), theirs.orderNumber)
    assert.deepInclude(orders[0], {
      orderStatus: { value: 'draft', label: 'Πρόχειρο' },
      total: '1.234,56 €',
      id: mine.publicId,
    })

    maria.locale = 'en'
    await maria.save()
    const english = await client.get('/portal').withInertia().loginAs(maria)
    assert.equal((english.inertiaProps.orders as Array<{ total: string }>)[0].total, '€1,234.56')
  })

  test('the language switch is kept in a cookie and on the customer account', async ({
    client,
    assert,
  }) => {
    const guest = await client
      .post('/locale')
      .withInertia()
      .withCsrfToken()
      .header('referer', 'http://127.0.0.1/pricing?lang=el&x=1')
      .form({ locale: 'en' })
      .redirects(0)
    guest.assertCookie('locale', 'en')
    guest.assertSessionMissing('locale')
    // Back to the page, without the ?lang= that would override the choice.
    guest.assertHeader('location', '/pricing?x=1')

    const page = await client.get('/login').withInertia().withPlainCookie('locale', 'en')
    page.assertInertiaPropsContains({ locale: 'en' })

    const user = await UserFactory.create()
    await client.post('/locale').loginAs(user).submitForm({ locale: 'en' })
    await user.refresh()
    assert.equal(user.locale, 'en')

    const bad = await client.post('/locale').submitForm({ locale: 'fr' })
    bad.assertStatus(302)
    assert.property(fieldErrors(bad), 'locale')
  })
})

test.group('Customer settings', () => {
  test('shows the profile', async ({ client }) => {
    const user = await UserFactory.create()
    const response = await client.get('/portal/settings').withInertia().loginAs(user)
    response.assertInertiaComponent('portal/settings')
    response.assertInertiaPropsContains({
      profile: {
        firstName: user.firstName,
        lastName: user.lastName,
        phone: user.phone,
        email: user.email,
        locale: 'el',
      },
    })
  })

  test('updates names, phone and language; the answer is in the new language', async ({
    client,
    assert,
  }) => {
    const user = await UserFactory.create()
    const response = await client
      .put('/portal/settings/profile')
      .loginAs(user)
      .submitForm({ firstName: ' Ελένη ', lastName: 'Παππά', phone: '', locale: 'en' })
    response.assertHeader('location', '/portal/settings')
    response.assertFlashMessage('success', 'Your changes have been saved.')
    await user.refresh()
    assert.equal(user.firstName, 'Ελένη')
    assert.equal(user.lastName, 'Παππά')
    assert.isNull(user.phone)
    assert.equal(user.locale, 'en')
  })

  test('invalid profile input is a field error', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const response = await client
      .put('/portal/settings/profile')
      .loginAs(user)
      .submitForm({ firstName: '', lastName: 'x'.repeat(101), phone: 'abc', locale: 'de' })
    const errors = fieldErrors(response)
    assert.properties(errors, ['firstName', 'lastName', 'phone', 'locale'])
    const before = user.firstName
    await user.refresh()
    assert.equal(user.firstName, before)
  })
})

test.group('Customer change email', () => {
  const requestChange = (client: ApiClient, user: User, form: Record<string, string>) =>
    client.put('/portal/settings/email').loginAs(user).submitForm(form)

  test('mails a link to the new address and a notice to the old; the link switches the email', async ({
    client,
    assert,
  }) => {
    const user = await UserFactory.merge({ email: 'old@example.com' }).apply('english').create()
    using fake = mail.fake()

    const response = await requestChange(client, user, {
      newEmail: 'New@Example.com',
      currentPassword: FACTORY_PASSWORD,
    })
    response.assertHeader('location', '/portal/settings')
    response.assertFlashMessage(
      'success',
      'We sent a confirmation link to new@example.com. The change takes effect when you open it.'
    )
    await user.refresh()
    assert.equal(user.email, 'old@example.com', 'nothing changes before the link is opened')

    fake.mails.assertQueuedCount(2)
    fake.mails.assertQueued(EmailChangeVerificationMail, (queued) => {
      queued.message.assertTo('new@example.com')
      queued.message.assertSubject('Confirm your new email address')
      return true
    })
    fake.mails.assertQueued(EmailChangeNoticeMail, (queued) => {
      queued.message.assertTo('old@example.com')
      queued.message.assertSubject('A change of your email address was requested')
      queued.message.assertTextIncludes('new@example.com')
      return true
    })

    const token = await UserToken.findByOrFail('purpose', 'email_change')
    assert.equal(token.newEmail, 'new@example.com')
    assert.equal(token.userId, user.id)

    const [link] = fake.mails.queued((queued) => queued instanceof EmailChangeVerificationMail)
    const confirm = await client
      .post(`/verify-email/${tokenOf((link as EmailChangeVerificationMail).url)}`)
      .withInertia()
      .withCsrfToken()
      .loginAs(user)
      .redirects(0)
    confirm.assertHeader('location', '/portal/settings')
    confirm.assertFlashMessage('success', 'Your email address is now new@example.com.')
    await user.refresh()
    assert.equal(user.email, 'new@example.com')
    assert.isNotNull(user.emailVerifiedAt)
  })

  test('a wrong current password is refused', async ({ client, assert }) => {
    const user = await UserFactory.create()
    using fake = mail.fake()
    const response = await requestChange(client, user, {
      newEmail: 'new@example.com',
      currentPassword: 'not-the-password',
    })
    assert.deepEqual(fieldErrors(response).currentPassword, ['Ο τρέχων κωδικός δεν είναι σωστός.'])
    fake.mails.assertNoneQueued()
    assert.lengthOf(await UserToken.all(), 0)
  })

  test('the staff domain and the current address are refused', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const staff = await requestChange(client, user, {
      newEmail: 'someone@pcmr.gr',
      currentPassword: FACTORY_PASSWORD,
    })
    assert.property(fieldErrors(staff), 'newEmail')
    const same = await requestChange(client, user, {
      newEmail: user.email.toUpperCase(),
      currentPassword: FACTORY_PASSWORD,
    })
    assert.deepEqual(fieldErrors(same).newEmail, ['Αυτό είναι ήδη το email σας.'])
  })

  test('an address of another account gets the same answer but no link', async ({
    client,
    assert,
  }) => {
    const user = await UserFactory.create()
    const other = await UserFactory.create()
    using fake = mail.fake()

    const response = await requestChange(client, user, {
      newEmail: other.email,
      currentPassword: FACTORY_PASSWORD,
    })
    response.assertFlashMessage(
      'success',
      `Στείλαμε σύνδεσμο επιβεβαίωσης στο ${other.email}. Η αλλαγή ολοκληρώνεται όταν τον ανοίξετε.`
    )
    fake.mails.assertQueuedCount(1)
    fake.mails.assertQueued(EmailChangeNoticeMail)
    assert.lengthOf(await UserToken.all(), 0)
  })

  test('a link for an address taken in the meantime does not steal it', async ({
    client,
    assert,
  }) => {
    const user = await UserFactory.create()
    using fake = mail.fake()
    await requestChange(client, user, {
      newEmail: 'wanted@example.com',
      currentPassword: FACTORY_PASSWORD,
    })
    const [link] = fake.mails.queued((queued) => queued instanceof EmailChangeVerificationMail)
    const other = await UserFactory.merge({ email: 'Wanted@example.com' }).create()

    const confirm = await client
      .post(`/verify-email/${tokenOf((link as EmailChangeVerificationMail).url)}`)
      .withInertia()
      .withCsrfToken()
      .redirects(0)
    confirm.assertFlashMessage(
      'error',
      'Η αλλαγή email δεν ολοκληρώθηκε: η διεύθυνση χρησιμοποιείται πλέον από άλλον λογαριασμό.'
    )
    const emailBefore = user.email
    await user.refresh()
    assert.equal(user.email, emailBefore)
    await other.refresh()
    assert.equal(other.email, 'Wanted@example.com')
  })
})
