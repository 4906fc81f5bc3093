/// <reference lib="dom" />
import { test } from '@japa/runner'
import { UserFactory } from '#database/factories/user_factory'

test.group('Customer portal in Chromium', () => {
  test('a quote code typed in the portal leads to the page of that quote', async ({
    visit,
    browserContext,
  }) => {
    const user = await UserFactory.create()
    await browserContext.loginAs(user)

    const page = await visit('/portal')
    await page.setViewportSize({ width: 390, height: 844 })
    await page.fill('#field-code', ' K7QF-M2XD-9WNA-R4TB ')
    await page.click('.claim-form button[type=submit]')
    await page.waitForURL('**/quote/K7QF-M2XD-9WNA-R4TB')
  })
})
