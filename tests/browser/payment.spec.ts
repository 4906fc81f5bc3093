/// <reference lib="dom" />
import { test } from '@japa/runner'
import type { TestContext } from '@japa/runner/core'
import Order from '#models/order'
import { acceptedOrder, vivaSandbox } from '#tests/helpers/viva'

/** An accepted order's owner, signed in, who pressed Pay: the page is the sandbox checkout. */
async function atVivaCheckout({
  visit,
  browserContext,
}: Pick<TestContext, 'visit' | 'browserContext'>) {
  const { owner, order } = await acceptedOrder('en')
  await browserContext.loginAs(owner)
  const page = await visit(`/portal/orders/${order.publicId}`)
  await page.click('button[data-pay]')
  await page.waitForURL('**/web/checkout?ref=*')
  return { order, page }
}

test.group('Paying through the Viva sandbox in Chromium', (group) => {
  group.each.setup(async () => {
    await vivaSandbox()
  })

  test('Pay, the sandbox checkout page, back on the success page that says paid', async ({
    visit,
    browserContext,
    assert,
  }) => {
    const { order, page } = await atVivaCheckout({ visit, browserContext })
    await page.getByText('€').first().waitFor()
    await page.click('button[value=pay]')

    await page.waitForURL('**/payment/success?*')
    await page.locator('[data-payment-outcome=paid]').waitFor()
    await page.getByText('Your payment has been received').waitFor()
    const stored = await Order.findOrFail(order.id)
    assert.equal(stored.paymentStatus, 'paid')
    assert.isNotNull(stored.invoiceReference)

    // The portal's order page no longer offers to pay.
    await page.click('a.button')
    await page.waitForURL(`**/portal/orders/${order.publicId}`)
    assert.equal(await page.locator('button[data-pay]').count(), 0)
  })

  test('a declined card lands on the failure page and the order is still payable', async ({
    visit,
    browserContext,
    assert,
  }) => {
    const { order, page } = await atVivaCheckout({ visit, browserContext })
    await page.click('button[value=decline]')
    await page.waitForURL('**/payment/failure?*')
    await page.getByText('The payment did not go through').waitFor()
    await page.click('a.button')
    await page.locator('button[data-pay]').waitFor()
    const stored = await Order.findOrFail(order.id)
    assert.equal(stored.paymentStatus, 'awaiting_payment')
  })
})
