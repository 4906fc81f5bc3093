/*
| The bare floor `npm run bench` compares the app with: node:http and pg, no
| framework. For the same signed-in user it checks the same signed session
| cookie the app issues, runs the SAME SQL statements in the same order as the
| app does for the request (SQL below: keep it in step with the app; the bench
| compares the statement counts, x-query-count, at start), and answers the
| same bytes as the app, as JSON (an Inertia visit) or as the HTML page:
|   GET /staff/orders                the staff order list, first page
|   GET /portal/orders/:publicId     a customer's order page
| What does not come from the database (the layout and asset tags, the
| Inertia envelope, the constant props) is taken once from the app's own
| answer (BARE_FRAMES, a JSON file the bench writes); everything from the
| database is computed per request, with the app's own domain functions
| (build/app/domain: money, dates, next step) and words (resources/lang).
| Env: PORT, APP_KEY, BARE_FRAMES, PG* (pg's own connection variables).
*/
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import pg from 'pg'
import { DateTime } from 'luxon'
import {
  formatMoney,
  formatOrderTotals,
  formatVatRate,
  multiplyCents,
  orderTotals,
} from '../build/app/domain/money.js'
import { formatDay, formatMoment } from '../build/app/domain/date_format.js'
import { customerNextStep, needsCustomer } from '../build/app/domain/customer_next_step.js'
import { isQuoteExpired } from '../build/app/domain/shop_calendar.js'
import { FULFILLMENT_NOT_STARTED } from '../build/app/domain/order_lifecycle.js'

/** The app's statements, as it sends them (its query builders compile them; PostgreSQL's log_statement shows them). */
const SQL = {
  session: 'select * from "sessions" where "id" = $1 limit $2',
  user: 'select * from "users" where "id" = $1 limit $2',
  twoFactor: 'select * from "two_factor_secrets" where "user_id" = $1 limit $2',
  orderPage:
    'select "o"."id", "o"."public_id", "o"."order_number", "o"."intake_name", "o"."intake_email", "u"."first_name", "u"."last_name", "o"."order_status", "o"."payment_status", "o"."fulfillment_status", "o"."total_gross_cents", "o"."created_at" from "orders" as "o" left join "users" as "u" on "u"."id" = "o"."customer_id" order by "o"."created_at" desc, "o"."id" desc limit $1',
  statusCounts:
    'select "order_status", "payment_status", "fulfillment_status", "orders" from "order_status_counts" where "orders" > $1',
  customerOrder:
    'select "id", "public_id", "order_number", "created_at", "order_status", "payment_status", "fulfillment_status", "total_gross_cents", "quote_valid_until", "notes" from "orders" where "customer_id" = $1 and "public_id" = $2 limit $3',
  orderLines:
    'select "id", "kind", "name", "description", "quantity", "unit_price_cents", "vat_rate_bp", "category", "specs" from "order_lines" where "order_id" = $1 order by "position" asc, "id" asc',
  statusHistory:
    'select "id", "axis", "to_status", "actor_id", "created_at" from "order_status_histories" where "order_id" = $1 order by "created_at" asc, "id" asc',
  touchSession: 'update "sessions" set "expires_at" = $1 where "id" = $2',
}
// config/session.ts (cookieName, age) and StaffSessionService (the second factor's session key):
// the bench's byte check would not notice a change of the age, so keep them in step too.
const SESSION_COOKIE = 'pcmr-session'
const SESSION_SECONDS = 2 * 60 * 60
const TWO_FACTOR_KEY = 'staff_two_factor_passed'

// int8 as numbers, as config/database.ts; a date (no time) as its YYYY-MM-DD text, which
// is what the page shows (the app reads a Date at midnight and prints its day).
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10))
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value)
const pool = new pg.Pool({ max: 10 })
const cookieKey = createHash('sha256').update(process.env.APP_KEY).digest()
const words = (locale, file) =>
  JSON.parse(readFileSync(new URL(`../resources/lang/${locale}/${file}.json`, import.meta.url)))
const WORDS = Object.fromEntries(
  ['el', 'en'].map((locale) => [
    locale,
    { ...words(locale, 'statuses'), kinds: words(locale, 'orders').kinds },
  ])
)

/** A page of the app cut where the page object goes: [head, page, tail]. */
const SCRIPT = '<script data-page="app" type="application/json">'
const frames = Object.fromEntries(
  Object.entries(JSON.parse(readFileSync(process.env.BARE_FRAMES, 'utf8'))).map(([name, html]) => {
    const start = html.indexOf(SCRIPT) + SCRIPT.length
    const end = html.indexOf('</script>', start)
    const nonce = html.match(/nonce="([^"]+)"/)[1]
    return [
      name,
      {
        head: html.slice(0, start).split(nonce),
        page: JSON.parse(html.slice(start, end)),
        tail: html.slice(end),
      },
    ]
  })
)

/** The session id of a valid signed cookie (`s:` base64url(message).hmac), or null. */
function sessionId(cookieHeader = '') {
  const raw = cookieHeader.split(/; */).find((pair) => pair.startsWith(`${SESSION_COOKIE}=`))
  const [encoded, mac] = decodeURIComponent(raw?.slice(SESSION_COOKIE.length + 1) ?? '')
    .slice(2)
    .split('.')
  if (!encoded || !mac) return null
  const expected = createHmac('sha256', cookieKey).update(encoded).digest()
  const given = Buffer.from(mac, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  const message = JSON.parse(Buffer.from(encoded, 'base64url').toString())
  return message.purpose === SESSION_COOKIE ? message.message : null
}

const status = (locale, axis, value) => WORDS[locale][axis][value ?? FULFILLMENT_NOT_STARTED]
const userProps = (user) => ({
  id: user.id,
  firstName: user.first_name,
  lastName: user.last_name,
  email: user.email,
  role: user.role,
  locale: user.locale,
})

/** Per page: the statements after session and user, and the props they give. */
const PAGES = {
  async staffOrders(query, user, session, frame) {
    const [secret] = await query(SQL.twoFactor, [user.id, 1])
    if (user.role === 'customer' || !secret?.enabled_at || session[TWO_FACTOR_KEY] !== user.id)
      return null
    const { perPage } = frame.page.props.params
    const [rows, groups] = await Promise.all([
      query(SQL.orderPage, [perPage + 1]),
      query(SQL.statusCounts, [0]),
    ])
    const counts = structuredClone(frame.page.props.counts)
    for (const axis of Object.keys(counts))
      for (const key of Object.keys(counts[axis])) counts[axis][key] = 0
    let total = 0
    for (const group of groups) {
      total += group.orders
      counts.orderStatus[group.order_status] += group.orders
      counts.paymentStatus[group.payment_status] += group.orders
      counts.fulfillmentStatus[group.fulfillment_status] += group.orders
    }
    return {
      meta: {
        total,
        capped: false,
        page: 1,
        perPage,
        lastPage: Math.max(1, Math.ceil(total / perPage)),
      },
      counts,
      orders: rows.slice(0, perPage).map((row) => ({
        id: row.id,
        orderNumber: row.order_number,
        intakeName: row.intake_name,
        intakeEmail: row.intake_email,
        customerName:
          row.first_name === null ? null : `${row.first_name} ${row.last_name}`.trim() || null,
        orderStatus: status('en', 'orderStatus', row.order_status),
        paymentStatus: status('en', 'paymentStatus', row.payment_status),
        fulfillmentStatus: status('en', 'fulfillmentStatus', row.fulfillment_status),
        total: formatMoney(row.total_gross_cents, 'en'),
        createdAt: formatMoment(DateTime.fromJSDate(row.created_at)),
      })),
    }
  },
  async portalOrder(query, user, _session, _frame, publicId) {
    const [row] = await query(SQL.customerOrder, [user.id, publicId, 1])
    if (!row) return null
    const lines = await query(SQL.orderLines, [row.id])
    const history = await query(SQL.statusHistory, [row.id])
    const locale = user.locale
    const order = {
      orderStatus: row.order_status,
      paymentStatus: row.payment_status,
      fulfillmentStatus: row.fulfillment_status,
      quoteValidUntil: row.quote_valid_until && DateTime.fromISO(row.quote_valid_until),
    }
    const axis = (name) => ({ value: order[name], label: status(locale, name, order[name]) })
    const nextStep = customerNextStep(order)
    const amounts = lines.map((line) => ({
      unitPriceCents: line.unit_price_cents,
      quantity: line.quantity,
      vatRateBp: line.vat_rate_bp,
    }))
    return {
      emailVerified: user.email_verified_at !== null,
      timeline: history.map((entry) => ({
        id: entry.id,
        at: formatMoment(DateTime.fromJSDate(entry.created_at), locale),
        axis: entry.axis,
        axisLabel: WORDS[locale].axes[entry.axis],
        to: entry.to_status,
        toLabel: status(locale, entry.axis, entry.to_status),
        byCustomer: entry.actor_id === user.id,
      })),
      order: {
        id: row.public_id,
        number: row.order_number,
        createdAt: formatDay(DateTime.fromJSDate(row.created_at), locale),
        orderStatus: axis('orderStatus'),
        paymentStatus: axis('paymentStatus'),
        fulfillmentStatus: axis('fulfillmentStatus'),
        total: formatMoney(row.total_gross_cents, locale),
        nextStep,
        needsAttention: needsCustomer(nextStep),
        notes: row.notes,
        validUntil: order.quoteValidUntil ? formatDay(row.quote_valid_until, locale) : null,
        expired: isQuoteExpired(order),
        totals: formatOrderTotals(orderTotals(amounts), locale),
        lines: lines.map((line) => {
          // Bench lines have no specs; their summary (lineSpecSummary) needs the app's i18n.
          if (Object.keys(line.specs).length > 0)
            throw new Error(`line ${line.id} has specs: not in the bare floor`)
          return {
            id: line.id,
            kind: line.kind,
            name: line.name,
            description: line.description,
            quantity: line.quantity,
            kindLabel: WORDS[locale].kinds[line.kind],
            specs: '',
            unitPrice: formatMoney(line.unit_price_cents, locale),
            vatRate: formatVatRate(line.vat_rate_bp),
            total: formatMoney(multiplyCents(line.unit_price_cents, line.quantity), locale),
          }
        }),
      },
    }
  },
}

const ROUTES = [
  [/^\/staff\/orders$/, 'staffOrders'],
  [/^\/portal\/orders\/([0-9a-f-]{36})$/, 'portalOrder'],
]

async function handle(request, response) {
  const route = ROUTES.find(([pattern]) => pattern.test(request.url))
  if (!route) return response.writeHead(404).end()
  const frame = frames[route[1]]
  let statements = 0
  const query = (sql, values) => (
    statements++,
    pool.query(sql, values).then((result) => result.rows)
  )
  const id = sessionId(request.headers.cookie)
  const [row] = id ? await query(SQL.session, [id, 1]) : []
  const session = row && new Date(row.expires_at) > new Date() ? JSON.parse(row.data) : null
  if (session?.purpose !== id || !session.message.auth_web) return response.writeHead(401).end()
  const [user] = await query(SQL.user, [session.message.auth_web, 1])
  const props =
    user &&
    !user.banned_at &&
    (await PAGES[route[1]](query, user, session.message, frame, request.url.match(route[0])[1]))
  if (!props) return response.writeHead(403).end()
  await query(SQL.touchSession, [new Date(Date.now() + SESSION_SECONDS * 1000), id])

  const page = {
    ...frame.page,
    url: request.url,
    props: { ...frame.page.props, user: userProps(user), ...props },
  }
  const inertia = request.headers['x-inertia'] === 'true'
  const nonce = randomBytes(12).toString('base64url')
  const body = inertia
    ? JSON.stringify(page)
    : frame.head.join(nonce) + JSON.stringify(page).replace(/\//g, '\\/') + frame.tail
  response.writeHead(200, {
    'content-type': `${inertia ? 'application/json' : 'text/html'}; charset=utf-8`,
    ...(inertia ? { 'x-inertia': 'true', 'vary': 'x-inertia' } : {}),
    'x-query-count': String(statements),
  })
  response.end(body)
}

createServer((request, response) =>
  handle(request, response).catch((error) => {
    console.error(error)
    response.writeHead(500).end()
  })
).listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('listening'))
