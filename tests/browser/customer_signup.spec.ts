/// <reference lib="dom" />
import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import User from '#models/user'
import VerifyEmailMail from '#mails/account/verify_email_mail'

test.group('Customer sign-up in Chromium (phone width)', () => {
  test('register → confirmation link → sign in → portal', async ({ visit, assert }) => {
    using fake = mail.fake()

    const page = await visit('/register')
    await page.setViewportSize({ width: 390, height: 844 })
    await page.assertTextContains('h1', 'Δημιουργία λογαριασμού')

    // A validation error from the server shows next to its field.
    await page.fill('#field-firstName', 'Μαρία')
    await page.fill('#field-lastName', 'Κωνσταντίνου')
    await page.fill('#field-email', 'maria.k@example.com')
    await page.fill('#field-password', 'short-pw')
    await page.check('#field-terms')
    await page.evaluate(() =>
      document.querySelector('#field-password')!.removeAttribute('minlength')
    )
    await page.click('button[type=submit]')
    await page.waitForSelector('#field-password-error')
    await page.assertTextContains(
      '#field-password-error',
      'Ο κωδικός χρειάζεται τουλάχιστον 10 χαρακτήρες.'
    )

    await page.fill('#field-password', 'a-long-enough-password')
    await page.click('button[type=submit]')
    await page.waitForURL('**/register/check-email')
    await page.assertTextContains('h1', 'Ελέγξτε το email σας')
    await page.assertTextContains('.auth-card', 'maria.k@example.com')

    // Nothing overflows sideways at 390 px.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth
    )
    assert.isAtMost(overflow, 0)

    const [queued] = fake.mails.queued((m) => m instanceof VerifyEmailMail) as VerifyEmailMail[]
    assert.exists(queued, 'a confirmation mail was queued')
    await page.goto(new URL(queued.url).pathname)
    await page.assertTextContains('h1', 'Επιβεβαίωση email')
    await page.click('button[type=submit]')
    await page.waitForURL('**/login')
    await page.assertTextContains('.flash-success', 'Το email σας επιβεβαιώθηκε')

    await page.fill('#field-email', 'maria.k@example.com')
    await page.fill('#field-password', 'a-long-enough-password')
    await page.click('button[type=submit]')
    await page.waitForURL('**/portal')
    await page.assertTextContains('h1', 'Καλώς ήρθατε, Μαρία.')
    await page.assertElementsCount('.banner', 0)
    await page.assertTextContains('[data-empty-orders]', 'Δεν έχετε ακόμα παραγγελίες.')

    const user = await User.findByOrFail('email', 'maria.k@example.com')
    assert.isNotNull(user.emailVerifiedAt)

    // The language switch turns the portal into English.
    await page.click('.lang-switch button[lang=en]')
    await page.waitForSelector('h1:has-text("Welcome, Μαρία.")')
    await user.refresh()
    assert.equal(user.locale, 'en')

    // Sign out ends on the login page; the portal is closed again.
    await page.click('text=Sign out')
    await page.waitForURL('**/login')
    await page.goto('/portal')
    await page.waitForURL('**/login')
  })
})
