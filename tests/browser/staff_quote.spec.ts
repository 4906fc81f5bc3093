/// <reference lib="dom" />
import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import { ComponentFactory } from '#database/factories/component_factory'
import { ServiceFactory } from '#database/factories/service_factory'
import QuotePublishedMail from '#mails/orders/quote_published_mail'
import Order from '#models/order'
import { createStaff, enrol, signInThroughTheForms } from '#tests/helpers/staff'

test.group('Staff quote editor in Chromium', () => {
  test('intake → catalog search with the keyboard → custom line → VAT breakdown → publish', async ({
    visit,
    assert,
  }) => {
    using fake = mail.fake()
    // A demo-like catalog: a few real parts and a service.
    const cpu = await ComponentFactory.apply('cpu').create()
    await cpu
      .merge({
        brand: 'AMD',
        model: 'Ryzen 7 9800X3D',
        sku: 'CPU-AMD-9800X3D-T1',
        priceCents: 47_900,
      })
      .save()
    await ComponentFactory.apply('gpu').createMany(2)
    await ServiceFactory.create()

    const staff = await createStaff({ email: 'quotes@pcmr.gr' })
    const secret = await enrol(staff)

    const page = await visit('/staff/login')
    await signInThroughTheForms(page, staff, secret)

    // The intake, from the navigation
    await page.getByRole('link', { name: 'New quote' }).first().click()
    await page.waitForURL('**/staff/quotes/new')
    await page.getByLabel('Customer name').fill('Μαρία Κωνσταντίνου')
    await page.getByLabel('Email').fill('maria@example.com')
    await page.getByLabel('Use case').fill('Gaming 4K')
    await page.getByRole('button', { name: 'Create the draft' }).click()
    await page.waitForURL(/\/staff\/quotes\/\d+\/edit$/)
    const order = await Order.firstOrFail()

    // Catalog search: type, arrow to the match, Enter adds it.
    const search = page.getByRole('combobox', { name: 'Search the catalog' })
    await search.fill('9800x3d')
    await page.getByRole('option', { name: /Ryzen 7 9800X3D/ }).waitFor()
    await search.press('ArrowDown')
    await search.press('Enter')
    await page.getByText('Added AMD Ryzen 7 9800X3D.').waitFor()
    await page.assertElementsCount('[data-testid="quote-line"]', 1)
    await page.assertText('[data-testid="total-gross"]', '€479.00')

    // A custom line at the reduced rate
    await page.locator('#field-kind').selectOption('service')
    await page.getByLabel('Name', { exact: true }).fill('Data transfer from the old PC')
    await page.getByLabel('Unit price (€, VAT included)').fill('45,50')
    await page.locator('#field-vatRateBp').selectOption('1300')
    await page.getByRole('button', { name: 'Add custom line' }).click()
    await page.getByText('Added Data transfer from the old PC.').waitFor()
    await page.assertElementsCount('[data-testid="quote-line"]', 2)

    // The VAT breakdown: one row per rate, sums at the bottom.
    const rows = await page.locator('[data-testid="vat-breakdown"] tbody tr').allInnerTexts()
    assert.lengthOf(rows, 2)
    assert.match(rows[0], /24%\s+€386\.29\s+€92\.71\s+€479\.00/)
    assert.match(rows[1], /13%\s+€40\.27\s+€5\.23\s+€45\.50/)
    await page.assertText('[data-testid="total-net"]', '€426.56')
    await page.assertText('[data-testid="total-vat"]', '€97.94')
    await page.assertText('[data-testid="total-gross"]', '€524.50')

    // Publish with the proposed date
    await page.getByRole('button', { name: 'Publish quote' }).click()
    await page.getByText(/Quote .* published/).waitFor()
    await order.refresh()
    assert.equal(order.orderStatus, 'quote')
    await page.assertText('[data-testid="claim-code"]', order.claimCode!)
    await page.assertTextContains('[data-testid="quote-link"]', `/quote/${order.claimCode}`)
    await page.assertNotExists('[role="combobox"]')
    fake.mails.assertQueuedCount(QuotePublishedMail, 1)
  }).timeout(120_000)
})
