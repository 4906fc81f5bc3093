import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { orderTotals } from '#domain/money'
import MainSeeder from '#database/seeders/main_seeder'
import ActivityLog from '#models/activity_log'
import Order from '#models/order'

/*
| The demo data is built by the back office's own use cases (drafts, catalog
| lines, publishing, transitions): its orders are what the app itself would
| have written.
*/
test.group('Demo seed', () => {
  test('orders come from the quote use cases: snapshots, true totals, published quotes', async ({
    assert,
  }) => {
    const seeder = new MainSeeder(db.connection())
    await seeder.run()

    const orders = await Order.query().preload('lines').orderBy('id')
    assert.isAbove(orders.length, 10)
    assert.lengthOf(orders, seeder.orders.length)

    // Every draft was created by QuoteDraftService (its activity row).
    const drafts = await ActivityLog.query().where('action', 'quote.draft_created')
    assert.lengthOf(drafts, orders.length)

    for (const order of orders) {
      const totals = orderTotals(order.lines)
      assert.deepEqual(
        [order.totalNetCents, order.totalVatCents, order.totalGrossCents],
        [totals.net, totals.vat, totals.gross],
        `totals of ${order.orderNumber}`
      )
      assert.deepEqual(
        order.lines.map((line) => line.position),
        order.lines.map((_, index) => index),
        `positions of ${order.orderNumber}`
      )
      for (const line of order.lines) assert.isNotNull(line.sourceId)
      if (order.orderStatus !== 'draft' && order.publishedAt) {
        assert.match(order.claimCode!, /^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/)
        assert.isNotNull(order.quoteValidUntil)
      }
    }

    // The price override went through the line use case: reason kept, catalog price kept, logged.
    const overridden = orders.flatMap((order) => order.lines).filter((l) => l.priceOverrideReason)
    assert.isNotEmpty(overridden)
    for (const line of overridden) assert.isNotNull(line.catalogPriceCents)
    assert.isNotEmpty(await ActivityLog.query().where('action', 'quote.line.price_overridden'))
  })
})
