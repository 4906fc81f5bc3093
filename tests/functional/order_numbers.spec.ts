import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import Order from '#models/order'

function createDraft(index: number) {
  return Order.create({ intakeName: `Πελάτης ${index}`, intakeEmail: `client${index}@example.com` })
}

test.group('Order numbers', () => {
  test('come from the database as PC + Athens date + daily sequence', async ({ assert }) => {
    const order = await createDraft(1)
    await order.refresh()
    const today = DateTime.now().setZone('Europe/Athens').toFormat('yyMMdd')
    assert.equal(order.orderNumber, `PC${today}-0001`)
  })

  test('50 concurrent creations get 50 distinct numbers with no gap', async ({ assert }) => {
    const orders = await Promise.all(Array.from({ length: 50 }, (_, index) => createDraft(index)))
    const stored = await Order.query().whereIn(
      'id',
      orders.map((order) => order.id)
    )
    const numbers = stored.map((order) => order.orderNumber)
    assert.equal(new Set(numbers).size, 50)
    const sequence = numbers.map((number) => Number(number.split('-')[1])).sort((a, b) => a - b)
    assert.deepEqual(
      sequence,
      Array.from({ length: 50 }, (_, index) => index + 1)
    )
  })

  test('a rolled-back creation gives its number back', async ({ assert }) => {
    await createDraft(1)
    await db
      .transaction(async (trx) => {
        await Order.create(
          { intakeName: 'Rolled back', intakeEmail: 'rb@example.com' },
          { client: trx }
        )
        throw new Error('abort')
      })
      .catch(() => {})
    const next = await createDraft(2)
    await next.refresh()
    assert.match(next.orderNumber, /-0002$/)
  })

  test('a new day starts again at 0001', async ({ assert }) => {
    await db.table('order_number_counters').insert({ day: '2026-01-01', last_value: 41 })
    const order = await createDraft(1)
    await order.refresh()
    assert.match(order.orderNumber, /-0001$/)
  })
})
