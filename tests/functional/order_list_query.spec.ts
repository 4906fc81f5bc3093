import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { vatBreakdown } from '#domain/money'
import type User from '#models/user'
import OrderTransitionService from '#services/order_transition_service'
import OrderListQuery, {
  ORDER_LIST_COUNT_CAP,
  type OrderListResult,
} from '#queries/order_list_query'
import { likePatterns } from '#queries/like_patterns'
import OrderStatusCountsQuery, { facetCounts } from '#queries/order_status_counts_query'
import { COMPONENT_SEARCH_SQL } from '#services/catalog_item_models'
import type { OrderListParams } from '#validators/order_list'
import { OrderFactory } from '#database/factories/order_factory'
import { UserFactory } from '#database/factories/user_factory'
import { countQueries } from '#tests/helpers/database'
import { ordersPerStatus } from '#tests/helpers/orders'

const transitions = new OrderTransitionService()
const list = await app.container.make(OrderListQuery)
const statusCounts = await app.container.make(OrderStatusCountsQuery)

type Stage =
  'draft' | 'quote' | 'claimed' | 'awaiting_payment' | 'paid' | 'fulfilling' | 'cancelled'

/** An order driven to `stage` through the transition service, as the app does. */
async function orderAt(
  stage: Stage,
  attributes: { name: string; email: string; grossCents: number; daysAgo: number },
  customer?: User
) {
  const { net, vat, gross } = vatBreakdown(attributes.grossCents, 2400)
  const order = await OrderFactory.merge({
    intakeName: attributes.name,
    intakeEmail: attributes.email,
    totalNetCents: net,
    totalVatCents: vat,
    totalGrossCents: gross,
    createdAt: DateTime.now().minus({ days: attributes.daysAgo }),
  }).create()

  const go = (change: Parameters<OrderTransitionService['apply']>[1], reason?: string) =>
    transitions.apply(order.id, change, { reason })
  if (stage === 'cancelled') {
    await go({ axis: 'orderStatus', to: 'cancelled' }, 'Άλλαξε γνώμη')
    return order
  }
  if (stage === 'draft') return order
  await go({ axis: 'orderStatus', to: 'quote' })
  if (stage === 'quote') return order
  order.customerId = customer!.id
  await order.save()
  await go({ axis: 'orderStatus', to: 'claimed' })
  if (stage === 'claimed') return order
  await go({ axis: 'orderStatus', to: 'confirmed' })
  await go({ axis: 'paymentStatus', to: 'awaiting_payment' })
  if (stage === 'awaiting_payment') return order
  await go({ axis: 'paymentStatus', to: 'paid' })
  if (stage === 'paid') return order
  await go({ axis: 'fulfillmentStatus', to: 'awaiting_parts' })
  return order
}

/**
 * Six orders, one per stage, created on different days:
 *   A draft       Μαρία Παπαδοπούλου   12,40 €   5 days ago
 *   B quote       Γιώργος Νικολάου     62,00 €   4 days ago
 *   C claimed     Άννα Ι. (account: Anna Ioannou, anna.account@example.com)  31,00 €  3 days ago
 *   D awaiting    Κώστας Μακρής       124,00 €   2 days ago
 *   E fulfilling  Ελένη Βλάχου         99,20 €   1 day ago
 *   F cancelled   Maria Oikonomou       6,20 €   today
 */
async function dataset() {
  const anna = await UserFactory.merge({
    firstName: 'Anna',
    lastName: 'Ioannou',
    email: 'anna.account@example.com',
  }).create()
  // Fixed names: the factory's random Greek names could match the searches below.
  const kostas = await UserFactory.merge({
    firstName: 'Konstantinos',
    lastName: 'Makris',
    email: 'k.makris@example.com',
  }).create()
  const eleni = await UserFactory.merge({
    firstName: 'Eleni',
    lastName: 'Vlachou',
    email: 'e.vlachou@example.com',
  }).create()
  const A = await orderAt('draft', {
    name: 'Μαρία Παπαδοπούλου',
    email: 'maria.p@example.com',
    grossCents: 1240,
    daysAgo: 5,
  })
  const B = await orderAt('quote', {
    name: 'Γιώργος Νικολάου',
    email: 'giorgos@example.com',
    grossCents: 6200,
    daysAgo: 4,
  })
  const C = await orderAt(
    'claimed',
    { name: 'Άννα Ι.', email: 'a.i@example.com', grossCents: 3100, daysAgo: 3 },
    anna
  )
  const D = await orderAt(
    'awaiting_payment',
    { name: 'Κώστας Μακρής', email: 'kostas@example.com', grossCents: 12_400, daysAgo: 2 },
    kostas
  )
  const E = await orderAt(
    'fulfilling',
    { name: 'Ελένη Βλάχου', email: 'eleni@example.com', grossCents: 9920, daysAgo: 1 },
    eleni
  )
  const F = await orderAt('cancelled', {
    name: 'Maria Oikonomou',
    email: 'maria.o@example.com',
    grossCents: 620,
    daysAgo: 0,
  })
  return { A, B, C, D, E, F, anna }
}

function ids(result: OrderListResult) {
  return result.rows.map((row) => row.id)
}

/** `count` more orders in one statement (numbers and ids from the column defaults). */
async function bulkOrders(count: number) {
  await db.rawQuery(
    `insert into orders (intake_name, intake_email, created_at, updated_at)
     select 'Bulk ' || g, 'bulk' || g || '@example.com', now() - g * interval '1 minute', now()
       from generate_series(1, ?) g`,
    [count]
  )
}

test.group('OrderListQuery', () => {
  test('no filter: newest first, the list row shape, total and counts', async ({ assert }) => {
    const { A, B, C, D, E, F } = await dataset()
    const result = await list.run()

    assert.deepEqual(ids(result), [F.id, E.id, D.id, C.id, B.id, A.id])
    assert.deepEqual(result.meta, { total: 6, capped: false, page: 1, perPage: 25, lastPage: 1 })
    assert.deepEqual(
      result.counts,
      ordersPerStatus({
        orderStatus: { draft: 1, quote: 1, claimed: 1, confirmed: 2, cancelled: 1 },
        paymentStatus: { unpaid: 4, awaiting_payment: 1, paid: 1 },
        fulfillmentStatus: { none: 5, awaiting_parts: 1 },
      })
    )

    const row = result.rows.find((candidate) => candidate.id === C.id)!
    await C.refresh()
    assert.deepEqual(row, {
      id: C.id,
      publicId: C.publicId,
      orderNumber: C.orderNumber,
      intakeName: 'Άννα Ι.',
      intakeEmail: 'a.i@example.com',
      customerName: 'Anna Ioannou',
      orderStatus: 'claimed',
      paymentStatus: 'unpaid',
      fulfillmentStatus: null,
      totalGrossCents: 3100,
      createdAt: C.createdAt.toJSDate(),
    })
    assert.isNull(result.rows.find((candidate) => candidate.id === B.id)!.customerName)
  })

  test('filters on each axis; counts are faceted', async ({ assert }) => {
    const { A, B, C, D, E, F } = await dataset()

    const quotes = await list.run({ orderStatus: 'quote' })
    assert.deepEqual(ids(quotes), [B.id])
    assert.equal(quotes.meta.total, 1)
    // Its own axis still counts every order status (what each tab would list)…
    assert.equal(quotes.counts!.orderStatus.confirmed, 2)
    // …the other axes count within the quotes only.
    assert.deepEqual(quotes.counts!.paymentStatus, {
      unpaid: 1,
      awaiting_payment: 0,
      paid: 0,
      refunded: 0,
    })

    assert.deepEqual(ids(await list.run({ paymentStatus: 'paid' })), [E.id])
    assert.deepEqual(ids(await list.run({ paymentStatus: 'unpaid' })), [F.id, C.id, B.id, A.id])
    assert.deepEqual(ids(await list.run({ fulfillmentStatus: 'awaiting_parts' })), [E.id])
    assert.deepEqual(ids(await list.run({ fulfillmentStatus: 'none' })), [
      F.id,
      D.id,
      C.id,
      B.id,
      A.id,
    ])

    const confirmedUnfulfilled = await list.run({
      orderStatus: 'confirmed',
      fulfillmentStatus: 'none',
    })
    assert.deepEqual(ids(confirmedUnfulfilled), [D.id])
    // orderStatus counts with fulfilment "none" applied: E (confirmed, fulfilling) is left out.
    assert.equal(confirmedUnfulfilled.counts!.orderStatus.confirmed, 1)
    assert.equal(confirmedUnfulfilled.counts!.orderStatus.draft, 1)
    // fulfilment counts with orderStatus confirmed applied.
    assert.equal(confirmedUnfulfilled.counts!.fulfillmentStatus.none, 1)
    assert.equal(confirmedUnfulfilled.counts!.fulfillmentStatus.awaiting_parts, 1)
    // payment counts with both applied.
    assert.equal(confirmedUnfulfilled.counts!.paymentStatus.awaiting_payment, 1)
    assert.equal(confirmedUnfulfilled.counts!.paymentStatus.paid, 0)

    assert.deepEqual(ids(await list.run({ orderStatus: 'completed' })), [])
  })

  test('text search: number, intake name and email, customer account, every word', async ({
    assert,
  }) => {
    const { A, B, C, D, F } = await dataset()
    await B.refresh()

    const search = async (q: string, extra: OrderListParams = {}) =>
      ids(await list.run({ q, ...extra }))

    assert.deepEqual(await search(B.orderNumber), [B.id])
    assert.deepEqual(await search(B.orderNumber.slice(-7).toLowerCase()), [B.id])
    assert.deepEqual(await search('Νικολάου'), [B.id])
    // Greek typed without accents, or in capitals (final sigma), finds the same order.
    assert.deepEqual(await search('νικολαου'), [B.id])
    assert.deepEqual(await search('ΝΙΚΟΛΑΟΥ'), [B.id])
    assert.deepEqual(await search('ΓΙΩΡΓΟΣ'), [B.id])
    assert.deepEqual(await search('αννα'), [C.id])
    assert.deepEqual(await search('maria'), [F.id, A.id])
    assert.deepEqual(await search('MARIA oikonomou'), [F.id])
    assert.deepEqual(await search('kostas@example'), [D.id])
    // The claiming customer's account: name and email, which the intake does not have.
    assert.deepEqual(await search('ioannou'), [C.id])
    assert.deepEqual(await search('anna.account@'), [C.id])
    assert.deepEqual(await search('anna ioannou'), [C.id])
    // Combined with a filter, and counted the same way.
    const filtered = await list.run({ q: 'maria', orderStatus: 'draft' })
    assert.deepEqual(ids(filtered), [A.id])
    assert.equal(filtered.counts!.orderStatus.cancelled, 1)
    assert.equal(filtered.counts!.orderStatus.quote, 0)
    // Wildcards are literal; nothing matches nothing.
    assert.deepEqual(await search('%'), [])
    assert.deepEqual(await search('_'), [])
    assert.deepEqual(await search('nobody'), [])
    assert.deepEqual(likePatterns(' 50%  a_b \\ '), ['%50\\%%', '%a\\_b%', '%\\\\%'])
  })

  test('sort by each key, both directions, id breaking ties', async ({ assert }) => {
    const { A, B, C, D, E, F } = await dataset()
    const sorted = async (sort: OrderListParams['sort'], direction: 'asc' | 'desc') =>
      ids(await list.run({ sort, direction }))

    assert.deepEqual(await sorted('created_at', 'asc'), [A.id, B.id, C.id, D.id, E.id, F.id])
    assert.deepEqual(await sorted('total', 'desc'), [D.id, E.id, B.id, C.id, A.id, F.id])
    assert.deepEqual(await sorted('total', 'asc'), [F.id, A.id, C.id, B.id, E.id, D.id])
    // Order numbers follow creation order (the database numbers them).
    assert.deepEqual(await sorted('order_number', 'asc'), [A.id, B.id, C.id, D.id, E.id, F.id])

    const customerSorted = await list.run({ sort: 'customer', direction: 'asc' })
    const byCustomer = customerSorted.rows.map((row) => row.intakeName)
    assert.deepEqual(
      byCustomer,
      [...byCustomer].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))
    )

    // Equal totals: id decides, in the direction asked.
    await db.from('orders').update({ total_net_cents: 0, total_vat_cents: 0, total_gross_cents: 0 })
    assert.deepEqual(await sorted('total', 'asc'), [A.id, B.id, C.id, D.id, E.id, F.id])
    assert.deepEqual(await sorted('total', 'desc'), [F.id, E.id, D.id, C.id, B.id, A.id])
  })

  test('server-side pagination', async ({ assert }) => {
    const { A, B, C, D, E, F } = await dataset()

    const second = await list.run({ perPage: 4, page: 2 })
    assert.deepEqual(ids(second), [B.id, A.id])
    assert.deepEqual(second.meta, { total: 6, capped: false, page: 2, perPage: 4, lastPage: 2 })

    const pages = []
    for (const page of [1, 2, 3]) pages.push(...ids(await list.run({ perPage: 2, page })))
    assert.deepEqual(pages, [F.id, E.id, D.id, C.id, B.id, A.id])

    const beyond = await list.run({ perPage: 2, page: 9 })
    assert.deepEqual(beyond.rows, [])
    assert.deepEqual(beyond.meta, { total: 6, capped: false, page: 9, perPage: 2, lastPage: 3 })

    // perPage is capped at 100 even if a caller skipped the validator.
    const capped = await list.run({ perPage: 5000 })
    assert.equal(capped.meta.perPage, 100)
    const empty = await list.run({ orderStatus: 'completed' })
    assert.deepEqual(empty.meta, { total: 0, capped: false, page: 1, perPage: 25, lastPage: 1 })
  })

  test('a constant number of queries, whatever the table and page sizes', async ({ assert }) => {
    await dataset()
    await bulkOrders(4) // 10 orders
    const queries = async (params: OrderListParams) => countQueries(() => list.run(params))
    const queriesPerList = async () => ({
      perPage10: await queries({ perPage: 10 }),
      perPage100: await queries({ perPage: 100 }),
      searchAndFilters: await queries({
        perPage: 100,
        q: 'maria example',
        orderStatus: 'draft',
        paymentStatus: 'unpaid',
        fulfillmentStatus: 'none',
        sort: 'customer',
      }),
    })

    const small = await queriesPerList()
    await bulkOrders(190) // 200 orders
    const large = await queriesPerList()

    assert.deepEqual(small, { perPage10: 2, perPage100: 2, searchAndFilters: 2 })
    assert.deepEqual(large, small)
    const result = await list.run({ perPage: 100, page: 2 })
    assert.lengthOf(result.rows, 100)
    assert.equal(result.meta.total, 200)
  })

  test('the search uses the trigram index of orders.search_text', async ({ assert }) => {
    const trgm = await db.rawQuery(`select 1 from pg_extension where extname = 'pg_trgm'`)
    if (trgm.rows.length === 0) {
      assert.isTrue(true, 'pg_trgm unavailable: searches run without trigram indexes')
      return
    }
    await db.transaction(async (trx) => {
      // Force the planner to show which index it can use, on tables this small.
      await trx.rawQuery('set local enable_seqscan = off')
      const plan = async (sql: string) => {
        const result = await trx.rawQuery(`explain ${sql}`)
        return result.rows.map((row: any) => row['QUERY PLAN']).join('\n')
      }
      assert.include(
        await plan(`select id from orders o where o.search_text like lower('%Maria%')`),
        'orders_search_text_trgm'
      )
      assert.include(
        await plan(`select id from components where ${COMPONENT_SEARCH_SQL} ilike '%ryzen%'`),
        'components_search_trgm'
      )
    })
  })

  test('the search text follows the order and its customer account', async ({ assert }) => {
    const { B, C, anna } = await dataset()
    const search = async (q: string) => ids(await list.run({ q }))

    // The customer renames themselves: the new name finds the order, the old one no longer.
    anna.merge({ lastName: 'Αλεξίου', email: 'anna.new@example.com' })
    await anna.save()
    assert.deepEqual(await search('αλεξίου'), [C.id])
    assert.deepEqual(await search('ΑΛΕΞΊΟΥ'), [C.id])
    assert.deepEqual(await search('anna.new@'), [C.id])
    assert.deepEqual(await search('ioannou'), [])

    // Intake edited by staff; then the order claimed by the same account.
    B.intakeName = 'Γιώργος Ζαχαρίου'
    await B.save()
    assert.deepEqual(await search('ζαχαρίου'), [B.id])
    assert.deepEqual(await search('νικολάου'), [])
    await db.from('orders').where('id', B.id).update({ customer_id: anna.id })
    assert.deepEqual(await search('αλεξίου'), [C.id, B.id])

    // The account deleted: its orders keep only their own text.
    await db.from('orders').where('customer_id', anna.id).update({ order_status: 'cancelled' })
    await db.from('users').where('id', anna.id).delete()
    assert.deepEqual(await search('αλεξίου'), [])
    assert.deepEqual(await search('ζαχαρίου'), [B.id])
  })

  test('per-status counts stay exact through inserts, transitions, updates and deletes', async ({
    assert,
  }) => {
    /** The counts the list shows, against a GROUP BY over the orders themselves. */
    const assertExact = async () => {
      const { counts: kept } = await statusCounts.counts()
      const grouped = await db.rawQuery(
        `select order_status, payment_status, coalesce(fulfillment_status, 'none') as fulfillment_status,
                count(*)::int as count
           from orders group by 1, 2, 3`
      )
      const actual = facetCounts(
        grouped.rows.map((row: any) => ({
          orderStatus: row.order_status,
          paymentStatus: row.payment_status,
          fulfillmentStatus: row.fulfillment_status,
          count: row.count,
        }))
      ).counts
      assert.deepEqual(kept, actual)
      return kept
    }

    const empty = await assertExact()
    assert.equal(empty.orderStatus.draft, 0)
    const { A, B, D, E } = await dataset()
    await assertExact()
    await bulkOrders(30)
    const afterInserts = await assertExact()
    assert.equal(afterInserts.orderStatus.draft, 31)

    await transitions.apply(B.id, { axis: 'orderStatus', to: 'cancelled' }, { reason: 'Όχι' })
    await transitions.apply(D.id, { axis: 'paymentStatus', to: 'paid' })
    await transitions.apply(E.id, { axis: 'fulfillmentStatus', to: 'assembling' })
    const afterTransitions = await assertExact()
    assert.equal(afterTransitions.orderStatus.cancelled, 2)
    assert.equal(afterTransitions.paymentStatus.paid, 2)
    assert.equal(afterTransitions.fulfillmentStatus.assembling, 1)
    assert.equal(afterTransitions.fulfillmentStatus.awaiting_parts, 0)

    // Writes that do not touch a status leave the counts alone; one that touches many moves all.
    await db.from('orders').update({ notes: 'checked' })
    await db.from('orders').where('intake_name', 'like', 'Bulk%').update({ order_status: 'quote' })
    const afterUpdates = await assertExact()
    assert.equal(afterUpdates.orderStatus.quote, 30)

    await db.from('orders').where('intake_name', 'like', 'Bulk 1%').delete()
    await db.from('orders').where('id', A.id).delete()
    const afterDeletes = await assertExact()
    assert.equal(afterDeletes.orderStatus.draft, 0)
    assert.equal(afterDeletes.orderStatus.quote, 30 - 11)

    await db.rawQuery('truncate orders cascade')
    const afterTruncate = await assertExact()
    assert.equal(afterTruncate.orderStatus.quote, 0)
    await bulkOrders(2)
    const afterRefill = await assertExact()
    assert.equal(afterRefill.orderStatus.draft, 2)
  })

  test('a search matching more orders than the cap is counted up to the cap', async ({
    assert,
  }) => {
    const { A, F } = await dataset()
    await bulkOrders(ORDER_LIST_COUNT_CAP + 30)
    await db.from('orders').whereIn('id', [A.id, F.id]).update({ intake_email: 'bulk@example.com' })

    // 132 matches: "more than 100", and the five pages 101 matches fill at least.
    const wide = await list.run({ q: 'bulk' })
    assert.deepEqual(wide.meta, {
      total: ORDER_LIST_COUNT_CAP,
      capped: true,
      page: 1,
      perPage: 25,
      lastPage: Math.ceil((ORDER_LIST_COUNT_CAP + 1) / 25),
    })
    assert.isNull(wide.counts)
    // The page itself is exact: the newest matches first.
    assert.equal(ids(wide)[0], F.id)
    assert.lengthOf(wide.rows, 25)

    // Beyond the cap the pager goes on while a next page exists: 132 matches are six pages.
    const fifth = await list.run({ q: 'bulk', page: 5 })
    assert.lengthOf(fifth.rows, 25)
    assert.include(fifth.meta, { capped: true, lastPage: 6 })
    const sixth = await list.run({ q: 'bulk', page: 6 })
    assert.lengthOf(sixth.rows, 132 - 125)
    assert.include(sixth.meta, { capped: true, lastPage: 6 })
    const seen = new Set<number>()
    for (let page = 1; page <= 6; page++) {
      for (const id of ids(await list.run({ q: 'bulk', page }))) seen.add(id)
    }
    assert.equal(seen.size, 132)

    // A filter narrowing the search under the cap: its total is exact again.
    const cancelled = await list.run({ q: 'bulk', orderStatus: 'cancelled' })
    assert.deepEqual(ids(cancelled), [F.id])
    assert.include(cancelled.meta, { total: 1, capped: false, lastPage: 1 })
    assert.isNull(cancelled.counts)
    const drafts = await list.run({ q: 'bulk', orderStatus: 'draft', perPage: 100 })
    assert.include(drafts.meta, { total: ORDER_LIST_COUNT_CAP, capped: true, lastPage: 2 })

    // Under the cap every count is exact and faceted, as without a search.
    // bulk10@, bulk100@ … bulk109@.
    const narrow = await list.run({ q: 'bulk10' })
    assert.include(narrow.meta, { total: 11, capped: false })
    assert.equal(narrow.counts!.orderStatus.draft, 11)
    assert.equal(narrow.counts!.orderStatus.cancelled, 0)

    // Without a search the counts come from the kept table: exact at any size.
    const all = await list.run()
    assert.include(all.meta, { total: ORDER_LIST_COUNT_CAP + 30 + 6, capped: false })
    assert.equal(all.counts!.orderStatus.draft, ORDER_LIST_COUNT_CAP + 30 + 1)
  })
})
