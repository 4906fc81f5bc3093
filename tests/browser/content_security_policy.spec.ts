/// <reference lib="dom" />
/*
| The Content-Security-Policy (config/shield.ts) in Chromium: the pages still
| load their scripts, styles, fonts and images, and the browser reports no
| violation, on public pages, the customer portal and the back office. The
| test server runs Vite's dev server (HMR websocket, React refresh, styles
| injected by script); the production build is checked by hand (README).
*/
import { test } from '@japa/runner'
import type { BrowserContext, Page } from 'playwright'
import {
  createCustomer,
  createEnrolledStaff,
  createStaff,
  twoFactorPassed,
} from '#tests/helpers/staff'

/** Records CSP violations and console errors of every page of the context. */
async function watchViolations(context: BrowserContext) {
  const problems: string[] = []
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  context.on('page', (page) => watchPage(page, problems))
  return problems
}

function watchPage(page: Page, problems: string[]) {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${page.url()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`))
}

async function visitAll(visit: (url: string) => Promise<Page>, urls: string[], problems: string[]) {
  for (const url of urls) {
    const page = await visit(url)
    watchPage(page, problems)
    await page.waitForLoadState('networkidle')
    // The app's stylesheet applied (the dark brand background), so styles were not blocked.
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    if (background === 'rgba(0, 0, 0, 0)') problems.push(`${url}: no stylesheet applied`)
    // React rendered the page (the Inertia root has content), so scripts ran.
    const rendered = await page.evaluate(() => (document.body.innerText ?? '').trim().length)
    if (rendered === 0) problems.push(`${url}: nothing rendered`)
    await page.close()
  }
}

test.group('Content-Security-Policy in Chromium', (group) => {
  group.each.timeout(180_000)

  test('public pages and the customer portal load with no violation', async ({
    visit,
    browserContext,
    assert,
  }) => {
    const problems = await watchViolations(browserContext)
    await visitAll(visit, ['/', '/login', '/register', '/staff/login', '/no/such/page'], problems)

    const customer = await createCustomer()
    await browserContext.loginAs(customer)
    await visitAll(visit, ['/portal', '/portal/settings'], problems)
    assert.deepEqual(problems.filter(notThe404), [])
  })

  test('the back office, its chart and the authenticator QR code load with no violation', async ({
    visit,
    browserContext,
    assert,
  }) => {
    const problems = await watchViolations(browserContext)
    const owner = await createEnrolledStaff('superadmin')
    await browserContext.setSession({ auth_web: owner.id, ...twoFactorPassed(owner) })
    await visitAll(
      visit,
      [
        '/staff',
        '/staff/orders',
        '/staff/quotes/new',
        '/staff/catalog/components',
        '/staff/users',
        '/staff/settings',
      ],
      problems
    )

    // A member who has not enrolled yet: the setup page shows the QR code as a data: image.
    const newcomer = await createStaff()
    await browserContext.clearCookies()
    await browserContext.setSession({ auth_web: newcomer.id })
    const page = await visit('/staff/first-login/two-factor')
    watchPage(page, problems)
    await page.waitForLoadState('networkidle')
    const qrLoaded = await page.evaluate(() =>
      Array.from(document.images).some(
        (image) => image.src.startsWith('data:') && image.naturalWidth > 0
      )
    )
    assert.isTrue(qrLoaded, 'the QR code image loads')
    assert.deepEqual(problems, [])
  })
})

/** The unknown URL's own 404 is expected in the console; nothing else is. */
const notThe404 = (problem: string) =>
  !(problem.includes('/no/such/page') && problem.includes('404'))
