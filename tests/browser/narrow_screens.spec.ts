/// <reference lib="dom" />
import { test } from '@japa/runner'
import type { BrowserContext, Page } from 'playwright'
import Order from '#models/order'
import type User from '#models/user'
import { quoteUseCases } from '#tests/helpers/quotes'
import { createCustomer, createStaff, enrol, twoFactorPassed } from '#tests/helpers/staff'

/** A phone (390 px) and a laptop (1280 px). */
const WIDTHS = [390, 1280]

/** An intake address with no place to break: what made the editor scroll sideways. */
const LONG_EMAIL =
  'konstantina.papadopoulou-antoniadou.orders@very-long-company-subdomain.example-mail.gr'

/** How far the page is wider than the window: 0 when nothing scrolls sideways. */
function horizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
}

/** A staff member signed in with the second factor passed (or pending enrolment). */
async function signIn(browserContext: BrowserContext, staff: User) {
  await browserContext.loginAs(staff)
  await browserContext.setSession(twoFactorPassed(staff))
}

test.group('Staff pages on narrow screens', () => {
  test('the quote editor with a long intake email does not scroll sideways', async ({
    browserContext,
    assert,
  }) => {
    const staff = await createStaff()
    await enrol(staff)
    const quotes = await quoteUseCases()
    const order = await Order.create({ intakeName: 'Κωνσταντίνα', intakeEmail: LONG_EMAIL })
    await quotes.addCustomLine(order, {
      kind: 'service',
      name: 'Μεταφορά δεδομένων από τον παλιό υπολογιστή και ρύθμιση όλων των προγραμμάτων',
      unitPriceCents: 4_550,
    })
    await signIn(browserContext, staff)

    const page = await browserContext.newPage()
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 })
      await page.goto(`/staff/quotes/${order.id}/edit`)
      await page.getByText(LONG_EMAIL).first().waitFor()
      assert.isAtMost(await horizontalOverflow(page), 0, `quote editor at ${width} px`)
    }

    // At 1280 px the custom line's first fields stand in one row; the price's
    // hint under its input leaves the inputs level with their neighbours.
    const tops = []
    for (const id of ['#field-kind', '#field-name', '#field-category', '#field-unitPrice']) {
      tops.push((await page.locator(id).boundingBox())!.y)
    }
    assert.deepEqual(tops, [tops[0], tops[0], tops[0], tops[0]], 'inputs of one row are level')
  })

  test('the authenticator setup page fits, and the key wraps only between its groups', async ({
    browserContext,
    assert,
  }) => {
    // Password changed and email confirmed: the first login's last step.
    const staff = await createStaff()
    await signIn(browserContext, staff)

    const page = await browserContext.newPage()
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 })
      await page.goto('/staff/first-login/two-factor')
      const key = page.getByTestId('totp-secret')
      await key.waitFor()
      assert.isAtMost(await horizontalOverflow(page), 0, `setup page at ${width} px`)

      // Eight groups of four characters, each on one line (one line box).
      const groups = await key
        .locator('span')
        .evaluateAll((spans) =>
          spans.map((span) => ({ text: span.textContent, lines: span.getClientRects().length }))
        )
      assert.lengthOf(groups, 8)
      for (const keyGroup of groups) {
        assert.match(keyGroup.text!, /^[A-Z2-7]{4}$/)
        assert.equal(keyGroup.lines, 1, `group ${keyGroup.text} at ${width} px`)
      }
    }
  })
})

test.group('Customer pages on narrow screens', () => {
  test('the portal lists orders as cards whose words keep clear of the edges', async ({
    browserContext,
    assert,
  }) => {
    const customer = await createCustomer()
    await Order.create({
      customerId: customer.id,
      intakeName: 'Μαρία',
      intakeEmail: customer.email,
      orderStatus: 'claimed',
    })
    await browserContext.loginAs(customer)

    const page = await browserContext.newPage()
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto('/portal/orders')
    const card = page.locator('.orders-table tbody tr').first()
    await card.waitFor()
    assert.isAtMost(await horizontalOverflow(page), 0)
    const cardBox = (await card.boundingBox())!
    const firstCell = (await card.locator('td').first().boundingBox())!
    assert.isAtLeast(firstCell.x - cardBox.x, 8, 'side padding of the card')
  })
})
