/// <reference lib="dom" />
import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { ORDER_LIST_COUNT_CAP } from '#queries/order_list_query'
import { createStaff, enrol, signInThroughTheForms } from '#tests/helpers/staff'

test.group('Staff order list in Chromium', () => {
  test('a search matching more than the cap says so and pages on to its last match', async ({
    visit,
  }) => {
    // 132 orders that the search "bulk" finds, 3 more it does not: six pages of 25.
    await db.rawQuery(
      `insert into orders (intake_name, intake_email, created_at, updated_at)
       select 'Bulk ' || g, 'bulk' || g || '@example.com', now() - g * interval '1 minute', now()
         from generate_series(1, ?) g`,
      [ORDER_LIST_COUNT_CAP + 32]
    )
    await db.rawQuery(
      `insert into orders (intake_name, intake_email, created_at, updated_at)
       select 'Other ' || g, 'other' || g || '@example.com', now(), now()
         from generate_series(1, 3) g`
    )
    const staff = await createStaff({ email: 'orders@pcmr.gr' })
    const secret = await enrol(staff)

    const page = await visit('/staff/login')
    await signInThroughTheForms(page, staff, secret)

    // Without a search every order is counted.
    await page.goto('/staff/orders')
    await page.assertTextContains('[role="status"]', '135 orders')
    await page.assertTextContains('nav.pagination', 'Page 1 of 6')

    // With one, only up to the cap: no page count it cannot vouch for.
    await page.goto('/staff/orders?q=bulk')
    await page.assertTextContains(
      '[role="status"]',
      `More than ${ORDER_LIST_COUNT_CAP} orders: refine the search to count them.`
    )
    await page.assertText('nav.pagination span', 'Page 1')
    for (let pageNumber = 2; pageNumber <= 6; pageNumber++) {
      await page.getByRole('link', { name: 'Next →' }).click()
      await page.waitForURL(new RegExp(`page=${pageNumber}`))
      await page.assertText('nav.pagination span', `Page ${pageNumber}`)
    }
    await page.assertElementsCount('table tbody tr', 132 - 125)
    await page.assertNotExists('nav.pagination >> text=Next →')
  })
})
