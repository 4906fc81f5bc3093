/// <reference lib="dom" />
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import mail from '@adonisjs/mail/services/main'
import { SMTPTransport } from '@adonisjs/mail/transports/smtp'
import { smtpSettings } from '#config/mail'
import type { LocalizedMail } from '#mails/base/localized_mail'
import OrderClaimedMail from '#mails/orders/order_claimed_mail'
import OrderStatusMail from '#mails/orders/order_status_mail'
import QuotePublishedMail from '#mails/orders/quote_published_mail'
import QuoteAcceptedMail from '#mails/staff/quote_accepted_mail'
import VerifyEmailMail from '#mails/account/verify_email_mail'
import Order from '#models/order'
import { UserFactory } from '#database/factories/user_factory'
import { quoteUseCases } from '#tests/helpers/quotes'
import { createStaff, enrol, signInThroughTheForms } from '#tests/helpers/staff'
import { freePort } from '#tests/helpers/network'

/*
| The customer journey of issue 9 as a new visitor lives it, on a phone-sized
| screen: staff publish a quote; the visitor opens the mailed link, reads the
| quote in Greek, switches to English, registers, confirms the email, lands
| back on the quote, claims and accepts it, and follows the order in the
| portal; staff see every step in the history; a second customer gets
| nothing of it. The mails the journey queues are delivered over SMTP to the
| development mail catcher (MailDev), and the visitor's links are taken from
| there, as a person would read them.
*/

/** The dev mail catcher on free ports, and a way to deliver a queued mail to it and read links back. */
async function mailCatcher(cleanup: (handler: () => Promise<void>) => void) {
  const { startMailCatcher } = await import(app.makePath('bin/support/mail_catcher.js'))
  const mailDirectory = await mkdtemp(join(tmpdir(), 'pcmr-journey-mail-'))
  const smtpPort = await freePort()
  const catcher = await startMailCatcher({ smtpPort, httpPort: await freePort(), mailDirectory })
  const transport = new SMTPTransport({ ...smtpSettings, host: '127.0.0.1', port: smtpPort })
  cleanup(async () => {
    await transport.close()
    await catcher.stop()
    await rm(mailDirectory, { recursive: true, force: true })
  })
  return {
    deliver: (queuedMail: LocalizedMail) => transport.send(queuedMail.message.toJSON().message),
    /** Subjects of the mails to `address`, oldest first. */
    async subjectsTo(address: string) {
      const response = await fetch(`${catcher.url}/api/email?to.address=${address}`)
      return ((await response.json()) as { subject: string }[]).map((caught) => caught.subject)
    },
    /** The path of the newest link to this app in the newest mail to `address`. */
    async linkTo(address: string) {
      const response = await fetch(`${catcher.url}/api/email?to.address=${address}`)
      const mails = (await response.json()) as { html: string }[]
      const links = [...mails.at(-1)!.html.matchAll(/href="(https?:[^"]+)"/g)]
        .map((match) => new URL(match[1].replaceAll('&amp;', '&')))
        .filter((url) => url.pathname !== '/')
      return links[0].pathname
    },
  }
}

test.group('Customer journey in Chromium (390 px)', () => {
  test('published quote → register → confirm → claim → accept → portal timeline', async ({
    visit,
    browserContext,
    assert,
    cleanup,
  }) => {
    const fake = mail.fake()
    cleanup(() => mail.restore())
    const catcher = await mailCatcher(cleanup)
    const queued = <T extends LocalizedMail>(type: abstract new (...args: any[]) => T) =>
      fake.mails.queued((message) => message instanceof type) as T[]

    // Staff: a draft from the intake, then published from the quote editor.
    const staff = await createStaff({ email: 'quotes@pcmr.gr' })
    const secret = await enrol(staff)
    const quotes = await quoteUseCases()
    const draft = await quotes.createDraft(
      { intakeName: 'Νίκος Παππάς', intakeEmail: 'nikos@example.com', useCase: 'Gaming' },
      staff
    )
    await quotes.addCustomLine(draft, {
      kind: 'component',
      category: 'gpu',
      name: 'NVIDIA GeForce RTX 4070 Super',
      specs: { vramGb: 12 },
      unitPriceCents: 64_900,
    })
    await quotes.addCustomLine(draft, {
      kind: 'service',
      name: 'Assembly and testing',
      unitPriceCents: 8_000,
    })

    const staffPage = await visit('/staff/login')
    await signInThroughTheForms(staffPage, staff, secret)
    await staffPage.goto(`/staff/quotes/${draft.id}/edit`)
    // Forms post through Inertia once the page is hydrated (a busy machine is slow to get there).
    await staffPage.waitForLoadState('networkidle')
    await staffPage.getByRole('button', { name: 'Publish quote' }).click()
    await staffPage.getByText(/Quote .* published/).waitFor()
    await staffPage.close()
    await browserContext.clearCookies()

    const [quoteMail] = queued(QuotePublishedMail)
    assert.equal(quoteMail.locale, 'el')
    await catcher.deliver(quoteMail)
    const order = await Order.findOrFail(draft.id)
    const quotePath = await catcher.linkTo('nikos@example.com')
    assert.equal(quotePath, `/quote/${order.claimCode}`)

    // The visitor opens the link on a phone: the full quote, in Greek.
    const page = await visit(quotePath)
    await page.setViewportSize({ width: 390, height: 844 })
    await page.waitForLoadState('networkidle')
    await page.assertTextContains('h1', `Προσφορά ${order.orderNumber}`)
    await page.assertElementsCount('[data-line]', 2)
    await page.assertTextContains('[data-totals]', '729,00 €')
    await page.assertTextContains('[data-totals]', 'ΦΠΑ 24%')
    await page.assertTextContains('[data-line] >> nth=0', 'VRAM 12 GB')
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth
    )
    assert.isAtMost(overflow, 0)

    // English, then an account to claim it.
    await page.click('.lang-switch button[lang=en]')
    await page.waitForSelector(`h1:has-text("Quote ${order.orderNumber}")`)
    await page.assertTextContains('[data-totals]', '€729.00')
    await page.getByRole('link', { name: 'Create an account to claim' }).click()
    await page.waitForURL('**/register')
    await page.waitForLoadState('networkidle')
    await page.fill('#field-firstName', 'Nikos')
    await page.fill('#field-lastName', 'Pappas')
    await page.fill('#field-email', 'nikos@example.com')
    await page.fill('#field-password', 'a-long-enough-password')
    await page.check('#field-terms')
    await page.click('button[type=submit]')
    await page.waitForURL('**/register/check-email')

    const [verifyMail] = queued(VerifyEmailMail)
    assert.equal(verifyMail.locale, 'en')
    await catcher.deliver(verifyMail)
    await page.goto(await catcher.linkTo('nikos@example.com'))
    await page.waitForLoadState('networkidle')
    await page.click('button[type=submit]')
    await page.waitForURL('**/login')
    await page.waitForLoadState('networkidle')
    await page.fill('#field-email', 'nikos@example.com')
    await page.fill('#field-password', 'a-long-enough-password')
    await page.click('button[type=submit]')

    // Back on the quote, signed in: claim it.
    await page.waitForURL(`**${quotePath}`)
    await page.waitForLoadState('networkidle')
    await page.getByRole('button', { name: 'Claim this quote' }).click()
    await page.waitForURL(`**/portal/orders/${order.publicId}`)
    await page.assertTextContains('.flash-success', 'The quote is now in your account')
    await page.assertTextContains('[data-next-step]', 'Accept the quote to confirm your order.')
    await page.waitForLoadState('networkidle')

    // Accept, with the terms.
    await page.check('#field-accept-terms')
    await page.getByRole('button', { name: 'Accept the quote' }).click()
    await page.waitForSelector('[data-next-step="pay"]')
    await page.assertTextContains('.flash-success', 'Your order is confirmed; payment is next.')
    await page.assertTextContains('[data-next-step]', 'Payment is next')
    const timeline = await page.locator('[data-timeline-entry]').allInnerTexts()
    assert.deepEqual(
      timeline.map((entry) => entry.replace(/^.*?(Order|Payment): /, '$1: ')),
      [
        'Order: Quote (by PCMR)',
        'Order: Claimed (by you)',
        'Order: Confirmed (by you)',
        'Payment: Awaiting payment (by you)',
      ]
    )
    await page.goto('/portal/orders')
    await page.assertTextContains('[data-order]', order.orderNumber)

    await order.refresh()
    assert.equal(order.orderStatus, 'confirmed')
    assert.equal(order.paymentStatus, 'awaiting_payment')

    // Every mail of the journey, in the right language.
    const [claimedMail] = queued(OrderClaimedMail)
    assert.equal(claimedMail.locale, 'en')
    const statusMails = queued(OrderStatusMail)
    assert.deepEqual(
      statusMails.map((message) => [message.key, message.locale]),
      [['paymentStatus:awaiting_payment', 'en']]
    )
    assert.lengthOf(queued(QuoteAcceptedMail), 1)
    for (const message of [claimedMail, ...statusMails, ...queued(QuoteAcceptedMail)]) {
      await catcher.deliver(message)
    }
    assert.deepEqual(await catcher.subjectsTo('nikos@example.com'), [
      `Η προσφορά σας ${order.orderNumber} είναι έτοιμη`,
      'Confirm your email address',
      `Quote ${order.orderNumber} is now in your account`,
      `Order ${order.orderNumber} is awaiting your payment`,
    ])
    assert.deepEqual(await catcher.subjectsTo('owner@pcmr.test'), [
      `Quote ${order.orderNumber} was accepted`,
    ])

    // A second customer: the order is a 404, the code cannot be claimed.
    await browserContext.clearCookies()
    const second = await UserFactory.apply('verified').create()
    await browserContext.loginAs(second)
    const other = await visit(`/portal/orders/${order.publicId}`)
    await other.assertTextContains('h1', 'Η σελίδα δεν βρέθηκε')
    await other.goto(quotePath)
    await other.assertTextContains('h1', 'Η προσφορά δεν είναι διαθέσιμη')
    await other.assertElementsCount('button:has-text("Διεκδίκηση")', 0)
    await other.assertNotExists('[data-line]')

    // Staff see each step in the order's history.
    await browserContext.clearCookies()
    const back = await visit('/staff/login')
    await signInThroughTheForms(back, staff, secret, 1)
    await back.goto(`/staff/orders/${order.id}`)
    await back.waitForLoadState('networkidle')
    const history = await back.locator('section[aria-labelledby="history-title"]').innerText()
    for (const step of [
      'Draft → Quote',
      'Quote → Claimed',
      'Claimed → Confirmed',
      'Unpaid → Awaiting payment',
    ]) {
      assert.include(history, step)
    }
  }).timeout(180_000)
})
