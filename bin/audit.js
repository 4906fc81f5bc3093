/*
| `npm run audit`: Lighthouse and axe-core on the pages a customer sees, the
| way production serves them.
|   1. builds the app (`node ace build`: server code and client assets)
|   2. creates the `pcmr_audit` database (on the embedded PostgreSQL that
|      `npm run dev` starts, or on the server of DATABASE_URL / DB_*), migrates
|      it afresh and seeds the demo data
|   3. starts the BUILT server (build/bin/server.js, NODE_ENV=production)
|   4. signs the demo customer in, finds a demo quote's code and one of the
|      customer's orders
|   5. per page: Lighthouse 13 (mobile form factor, its default) in Debian's
|      Chromium, then axe-core injected into the page with playwright-core
| and prints the detail per page, then one line:
|   audit: lighthouse min perf=.. a11y=.. best=.. seo=..; axe serious+critical=N over 4 pages
| The full Lighthouse reports are kept in tmp/audit/<page>.json.
*/
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildApp, startBuiltServer } from './support/built_app.js'
import { ROOT, ace, ensureDotEnv, provideDatabase } from './support/dev_env.js'
import { CookieClient } from './support/http_client.js'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-background-networking']
const DATABASE = 'pcmr_audit'
const REPORTS = join(ROOT, 'tmp', 'audit')
const CATEGORIES = [
  ['performance', 'perf'],
  ['accessibility', 'a11y'],
  ['best-practices', 'best'],
  ['seo', 'seo'],
]
/** Lighthouse's mobile screen (Moto G Power), also the viewport axe sees. */
const PHONE = { width: 412, height: 823, deviceScaleFactor: 1.75 }

const say = (line) => console.log(`[audit] ${line}`)

if (!existsSync(CHROMIUM)) {
  console.error(
    `[audit] no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`
  )
  process.exit(1)
}
ensureDotEnv()

say('building the app (node ace build)…')
buildApp()
const database = await provideDatabase({ nameFor: () => DATABASE, log: say })

/** A query on the audit database (demo codes and ids). */
async function query(sql, values = []) {
  const { default: pg } = await import('pg')
  const client = new pg.Client(database.connection)
  await client.connect()
  try {
    return (await client.query(sql, values)).rows
  } finally {
    await client.end()
  }
}

/** The demo customer, signed in through the login form. */
async function signIn(base) {
  const accounts = JSON.parse(readFileSync(join(ROOT, 'database/demo_accounts.json'), 'utf8'))
  const { email, password } = accounts.customers[0]
  const client = new CookieClient(base)
  await client.request('/login')
  await client.request('/login', { method: 'POST', body: { email, password } })
  const check = await client.request('/portal')
  if (check.status !== 200)
    throw new Error(`sign-in as ${email} failed: /portal answered ${check.status}`)
  return { client, email }
}

/**
 * The four pages. A page another part of the work has not delivered yet is
 * replaced by one that exists, and the detail says so.
 */
async function choosePages(customer) {
  const [quote] = await query(
    `select claim_code from orders
      where order_status = 'quote' and customer_id is null and quote_valid_until >= current_date
      order by published_at desc limit 1`
  )
  const [order] = await query(
    `select o.public_id from orders o join users u on u.id = o.customer_id
      where lower(u.email) = lower($1) and o.order_status <> 'cancelled'
      order by o.claimed_at desc nulls last limit 1`,
    [customer.email]
  )
  const pages = []
  const pick = async (name, wanted, fallback, signedIn) => {
    // Asked anonymously, except the portal page: a public page must answer to anyone.
    const client = signedIn ? customer.client : new CookieClient(customer.client.base)
    const ok = wanted && (await client.request(wanted)).status === 200
    pages.push(
      ok
        ? { name, path: wanted, signedIn }
        : {
            name,
            path: fallback,
            signedIn,
            note: `${name} page ${wanted ?? '(no demo data)'} not available: measured ${fallback} instead`,
          }
    )
  }
  await pick('home', '/', '/', false)
  await pick('quote', quote && `/quote/${quote.claim_code}`, '/login', false)
  await pick('order', order && `/portal/orders/${order.public_id}`, '/portal', true)
  await pick('pricing', '/pricing', '/terms', false)
  return pages
}

async function lighthouseRun(url, cookieHeader) {
  const { default: lighthouse } = await import('lighthouse')
  const chromeLauncher = await import('chrome-launcher')
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS })
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES.map(([id]) => id),
      ...(cookieHeader ? { extraHeaders: { Cookie: cookieHeader } } : {}),
    })
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
    return result
  } finally {
    await chrome.kill()
  }
}

/** What Lighthouse found wrong on a page: failing scored audits per category. */
function lighthouseDetail(lhr) {
  const lines = []
  const metric = (id) => lhr.audits[id]?.displayValue ?? '-'
  lines.push(
    `    metrics: FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}, SI ${metric('speed-index')}`
  )
  for (const [id, short] of CATEGORIES) {
    const failing = lhr.categories[id].auditRefs
      .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
      .filter(({ ref, audit }) => {
        if (audit.score === null || audit.scoreDisplayMode === 'notApplicable') return false
        if (audit.scoreDisplayMode === 'informative' || audit.scoreDisplayMode === 'manual')
          return false
        return (
          audit.score < (ref.group === 'metrics' ? 0.9 : 1) &&
          (ref.weight > 0 || ref.group === 'insights' || ref.group === 'diagnostics')
        )
      })
      .map(({ audit }) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`)
    if (failing.length) lines.push(`    ${short}: ${failing.join('; ')}`)
  }
  return lines
}

async function axeRun(browser, url, cookies) {
  const context = await browser.newContext({
    viewport: { width: PHONE.width, height: PHONE.height },
    deviceScaleFactor: PHONE.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
  })
  try {
    if (cookies.length) await context.addCookies(cookies)
    const page = await context.newPage()
    const response = await page.goto(url, { waitUntil: 'networkidle' })
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`)
    await page.evaluate(() => document.fonts.ready)
    // Evaluated through the DevTools protocol: the page's CSP does not apply to it.
    await page.evaluate(readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'))
    const violations = await page.evaluate(async () => {
      const results = await axe.run(document, { resultTypes: ['violations'] })
      return results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        nodes: violation.nodes.map((node) => node.target.join(' ')),
      }))
    })
    return violations
  } finally {
    await context.close()
  }
}

let server = null
let exitCode = 0
try {
  say(`migrating and seeding ${DATABASE} afresh…`)
  const seedEnv = { ...database.env, NODE_ENV: 'development' }
  ace(['migration:fresh', '--force'], seedEnv, { quiet: true })
  ace(['demo:seed'], seedEnv, { quiet: true })

  say('starting the built server (NODE_ENV=production)…')
  server = await startBuiltServer(database.env)
  const base = server.base
  const customer = await signIn(base)
  const pages = await choosePages(customer)
  const cookies = [...customer.client.cookies].map(([name, value]) => ({ name, value, url: base }))

  mkdirSync(REPORTS, { recursive: true })
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS.slice(1) })
  const results = []
  try {
    for (const page of pages) {
      const url = `${base}${page.path}`
      say(`${page.name}: ${page.path}${page.signedIn ? ' (signed in)' : ''}…`)
      const { lhr } = await lighthouseRun(url, page.signedIn ? customer.client.cookieHeader : null)
      writeFileSync(join(REPORTS, `${page.name}.json`), JSON.stringify(lhr))
      const scores = Object.fromEntries(
        CATEGORIES.map(([id, short]) => [short, Math.round((lhr.categories[id].score ?? 0) * 100)])
      )
      const violations = await axeRun(browser, url, page.signedIn ? cookies : [])
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      results.push({ page, scores, lhr, violations, serious })
    }
  } finally {
    await browser.close()
  }

  console.log('')
  for (const { page, scores, lhr, violations, serious } of results) {
    const shown = CATEGORIES.map(([, short]) => `${short}=${scores[short]}`).join(' ')
    console.log(`${page.name.padEnd(8)} ${page.path}${page.signedIn ? ' (signed in)' : ''}`)
    if (page.note) console.log(`    FALLBACK: ${page.note}`)
    console.log(`    lighthouse ${shown}; axe serious+critical=${serious.length}`)
    for (const line of lighthouseDetail(lhr)) console.log(line)
    for (const violation of violations) {
      console.log(
        `    axe ${violation.impact}: ${violation.id} ×${violation.nodes.length} (${violation.nodes.slice(0, 3).join(', ')})`
      )
    }
  }
  const min = (short) => Math.min(...results.map((result) => result.scores[short]))
  const seriousTotal = results.reduce((sum, result) => sum + result.serious.length, 0)
  console.log(
    `audit: lighthouse min ${CATEGORIES.map(([, short]) => `${short}=${min(short)}`).join(' ')}; axe serious+critical=${seriousTotal} over ${results.length} pages`
  )
} catch (error) {
  console.error(error)
  exitCode = 1
}
await server?.stop()
await database.stop()
process.exit(exitCode)
