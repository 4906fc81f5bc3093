import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'
import type Order from '#models/order'
import OrderTransitionService from '#services/order_transition_service'
import DashboardStatsQuery from '#queries/dashboard_stats_query'
import { ComponentFactory } from '#database/factories/component_factory'
import { OrderFactory } from '#database/factories/order_factory'
import { UserFactory } from '#database/factories/user_factory'
import { countQueries } from '#tests/helpers/database'
import { paidOrder, ordersPerStatus } from '#tests/helpers/orders'
import { quoteUseCases } from '#tests/helpers/quotes'

const transitions = new OrderTransitionService()
const quotes = await quoteUseCases()
const dashboard = await app.container.make(DashboardStatsQuery)

const ATHENS = 'Europe/Athens'
/** "Now" for the whole test: 15 March 2026, noon in Athens. */
const NOW = DateTime.fromISO('2026-03-15T12:00:00', { zone: ATHENS })

const athens = (iso: string) => DateTime.fromISO(iso, { zone: ATHENS })

async function setColumns(order: Order, columns: Record<string, unknown>) {
  await db.from('orders').where('id', order.id).update(columns)
}

/** A confirmed, paid order of `grossCents`, paid at `paidAt` (Athens wall time). */
function paidOrderAt(customer: User, grossCents: number, paidAt: string) {
  return paidOrder(customer, grossCents, athens(paidAt))
}

/** A published quote with catalog component lines, published at `publishedAt` (Athens). */
async function publishedQuote(lines: [number, number][], publishedAt: string, validUntil: string) {
  const order = await quotes.createDraft(
    { intakeName: `Quote ${publishedAt}`, intakeEmail: 'quote@example.com' },
    null
  )
  for (const [componentId, quantity] of lines) {
    await quotes.addCatalogLine(order, 'component', componentId, quantity)
  }
  await quotes.publish(order, null)
  await setColumns(order, {
    published_at: athens(publishedAt).toJSDate(),
    quote_valid_until: validUntil,
  })
  await order.refresh()
  return order
}

/*
| The dataset, and what the dashboard must say about it (by hand):
|
| Paid orders (12-month window = April 2025 … March 2026, Athens months):
|   P1 1.000,00 € paid 2026-03-01 00:30 Athens (still Feb 28 in UTC)   → 2026-03
|   P2   500,01 € paid 2026-02-10                                        → 2026-02
|   P3   300,00 € paid 2026-02-28 23:30 Athens                           → 2026-02
|   R1   700,00 € paid 2026-03-05, then refunded                         → excluded
|   P4   200,00 € paid 2025-03-31 23:00 Athens (before the window)       → excluded
|   P5   100,00 € paid 2025-04-01 00:30 Athens (still March 31 in UTC)   → 2025-04, fulfilling
|   revenue 2025-04: 10.000 (1), 2026-02: 80.001 (2), 2026-03: 100.000 (1); others 0
|   total 190.001 cents over 4 orders → AOV floor(47.500,25) = 47.500 cents
|
| Quotes (components X, Y, Z; 90-day window starts 2025-12-15 noon):
|   Q1 quote,   published 2026-03-10, X×1 Y×1 + a typed line, valid until 2026-03-15 (today)
|   Q2 claimed, published 2026-02-01, X×2 Z×1,                 valid until 2026-03-18
|   Q3 quote,   published 2026-01-01, Y×1,                     valid until 2026-03-19
|   Q4 quote,   published 2025-11-01, Z×5 (outside 90 days),   valid until 2026-03-14 (expired)
|   D1 draft with X×10 (never published)
|   C1 cancelled draft
|   popular: X in 2 quotes (3 units), Y in 2 (2 units), Z in 1 (1 unit)
|   expiring within 3 days: Q1 (0 days left), Q2 (3 days left)
|
| Statuses (12 orders): draft 1, quote 3, claimed 1, confirmed 6, cancelled 1;
| unpaid 6, paid 5, refunded 1; fulfilment none 11, awaiting_parts 1.
*/
async function dataset() {
  const customer = await UserFactory.create()
  await paidOrderAt(customer, 100_000, '2026-03-01T00:30:00')
  await paidOrderAt(customer, 50_001, '2026-02-10T12:00:00')
  await paidOrderAt(customer, 30_000, '2026-02-28T23:30:00')
  const refunded = await paidOrderAt(customer, 70_000, '2026-03-05T12:00:00')
  await transitions.apply(
    refunded.id,
    { axis: 'paymentStatus', to: 'refunded' },
    { reason: 'Επιστροφή' }
  )
  await paidOrderAt(customer, 20_000, '2025-03-31T23:00:00')
  const fulfilling = await paidOrderAt(customer, 10_000, '2025-04-01T00:30:00')
  await transitions.apply(fulfilling.id, { axis: 'fulfillmentStatus', to: 'awaiting_parts' })
  // An accepted order keeps its old validity date: it is no "quote about to expire".
  await setColumns(fulfilling, { quote_valid_until: '2026-03-16' })

  const x = await ComponentFactory.apply('cpu').create()
  const y = await ComponentFactory.apply('gpu').create()
  const z = await ComponentFactory.apply('ram').create()

  const q1 = await publishedQuote(
    [
      [x.id, 1],
      [y.id, 1],
    ],
    '2026-03-10T10:00:00',
    '2026-03-15'
  )
  const q2 = await publishedQuote(
    [
      [x.id, 2],
      [z.id, 1],
    ],
    '2026-02-01T10:00:00',
    '2026-03-18'
  )
  await setColumns(q2, { customer_id: customer.id })
  await transitions.apply(q2.id, { axis: 'orderStatus', to: 'claimed' })
  await publishedQuote([[y.id, 1]], '2026-01-01T10:00:00', '2026-03-19')
  await publishedQuote([[z.id, 5]], '2025-11-01T10:00:00', '2026-03-14')

  // A typed component line on Q1 is nobody's catalog component: not counted.
  await db.table('order_lines').insert({
    order_id: q1.id,
    kind: 'component',
    category: 'other',
    name: 'Custom riser',
    unit_price_cents: 1000,
    position: 9,
    created_at: new Date(),
    updated_at: new Date(),
  })

  const d1 = await quotes.createDraft({ intakeName: 'Draft', intakeEmail: 'd@example.com' }, null)
  await quotes.addCatalogLine(d1, 'component', x.id, 10)
  const c1 = await OrderFactory.create()
  await transitions.apply(c1.id, { axis: 'orderStatus', to: 'cancelled' }, { reason: 'Όχι' })

  return { x, y, z, q1, q2 }
}

test.group('DashboardStatsQuery', () => {
  test('numbers of a known dataset, computed by hand', async ({ assert }) => {
    const { x, y, z, q1, q2 } = await dataset()
    const stats = await dashboard.run({ now: NOW })

    assert.equal(stats.today, '2026-03-15')
    assert.deepEqual(
      stats.ordersByStatus,
      ordersPerStatus({
        orderStatus: { draft: 1, quote: 3, claimed: 1, confirmed: 6, cancelled: 1 },
        paymentStatus: { unpaid: 6, paid: 5, refunded: 1 },
        fulfillmentStatus: { none: 11, awaiting_parts: 1 },
      })
    )

    assert.lengthOf(stats.revenueByMonth, 12)
    assert.equal(stats.revenueByMonth[0].month, '2025-04')
    assert.equal(stats.revenueByMonth[11].month, '2026-03')
    const nonZero = stats.revenueByMonth.filter((month) => month.orders > 0)
    assert.deepEqual(nonZero, [
      { month: '2025-04', revenueCents: 10_000, orders: 1 },
      { month: '2026-02', revenueCents: 80_001, orders: 2 },
      { month: '2026-03', revenueCents: 100_000, orders: 1 },
    ])
    assert.deepEqual(stats.revenue, {
      totalCents: 190_001,
      paidOrders: 4,
      averageOrderValueCents: 47_500,
    })

    assert.deepEqual(
      stats.popularComponents.map((row) => [row.componentId, row.quoteCount, row.quantity]),
      [
        [x.id, 2, 3],
        [y.id, 2, 2],
        [z.id, 1, 1],
      ]
    )
    assert.include(stats.popularComponents[0], {
      name: `${x.brand} ${x.model}`,
      category: 'cpu',
    })

    assert.deepEqual(
      stats.expiringQuotes.map((row) => [
        row.id,
        row.orderStatus,
        row.quoteValidUntil,
        row.daysLeft,
      ]),
      [
        [q1.id, 'quote', '2026-03-15', 0],
        [q2.id, 'claimed', '2026-03-18', 3],
      ]
    )
    assert.include(stats.expiringQuotes[0], {
      orderNumber: q1.orderNumber,
      publicId: q1.publicId,
      totalGrossCents: q1.totalGrossCents,
    })
  })

  test('window options: fewer months, a shorter popularity window', async ({ assert }) => {
    const { x, y } = await dataset()
    const stats = await dashboard.run({ now: NOW, months: 2, popularDays: 30, popularLimit: 1 })

    assert.deepEqual(stats.revenueByMonth, [
      { month: '2026-02', revenueCents: 80_001, orders: 2 },
      { month: '2026-03', revenueCents: 100_000, orders: 1 },
    ])
    // 180.001 / 3 = 60.000,33… → rounded down.
    assert.equal(stats.revenue.averageOrderValueCents, 60_000)
    // Only Q1 (10 March) is within 30 days: X and Y once each, one unit; X wins on name order
    // only if its name sorts first, so compare against both.
    assert.lengthOf(stats.popularComponents, 1)
    assert.include([x.id, y.id], stats.popularComponents[0].componentId)
    assert.equal(stats.popularComponents[0].quoteCount, 1)
  })

  test('an empty shop: zeros, no division by zero', async ({ assert }) => {
    const stats = await dashboard.run({ now: NOW })
    assert.deepEqual(stats.revenue, { totalCents: 0, paidOrders: 0, averageOrderValueCents: 0 })
    assert.lengthOf(stats.revenueByMonth, 12)
    assert.isTrue(stats.revenueByMonth.every((month) => month.revenueCents === 0))
    assert.deepEqual(stats.popularComponents, [])
    assert.deepEqual(stats.expiringQuotes, [])
    assert.equal(stats.ordersByStatus.orderStatus.draft, 0)
  })

  test('four queries, whatever the data', async ({ assert }) => {
    const empty = await countQueries(() => dashboard.run({ now: NOW }))
    await dataset()
    const full = await countQueries(() => dashboard.run({ now: NOW }))
    assert.equal(empty, 4)
    assert.equal(full, 4)
  })
})
