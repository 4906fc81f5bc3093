import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import Order from '#models/order'
import OrderLine from '#models/order_line'
import OrderStatusHistory from '#models/order_status_history'
import Component from '#models/component'
import PaymentEvent from '#models/payment_event'

/*
| What the database refuses on its own, whatever the application code does.
*/
function customer(email: string) {
  return User.create({
    email,
    password: 'secret-password',
    firstName: 'Μαρία',
    lastName: 'Π.',
    role: 'customer',
    locale: 'el',
  })
}

function draft() {
  return Order.create({ intakeName: 'Νίκος', intakeEmail: 'nikos@example.com' })
}

test.group('Database constraints', () => {
  test('emails are unique regardless of case', async ({ assert }) => {
    await customer('Maria@Example.com')
    await assert.rejects(() => customer('maria@example.COM'), /users_email_lower_unique/)
  })

  test('enum columns only take known values', async ({ assert }) => {
    await assert.rejects(
      () =>
        User.create({
          email: 'x@example.com',
          password: 'secret-password',
          firstName: 'X',
          lastName: 'Y',
          role: 'root' as any,
          locale: 'el',
        }),
      /check constraint/
    )
    const order = await draft()
    await assert.rejects(
      () => db.from('orders').where('id', order.id).update({ order_status: 'shipped' }),
      /check constraint/
    )
    await assert.rejects(
      () => db.from('orders').where('id', order.id).update({ payment_status: 'free' }),
      /check constraint/
    )
    await assert.rejects(
      () => db.from('orders').where('id', order.id).update({ fulfillment_status: 'lost' }),
      /check constraint/
    )
  })

  test('money columns refuse negative cents and totals must add up', async ({ assert }) => {
    const order = await draft()
    await assert.rejects(
      () =>
        OrderLine.create({
          orderId: order.id,
          kind: 'service',
          name: 'Assembly',
          unitPriceCents: -1,
          quantity: 1,
          vatRateBp: 2400,
        }),
      /check constraint/
    )
    await assert.rejects(
      () =>
        Component.create({
          category: 'cpu',
          brand: 'AMD',
          model: 'X',
          specs: {},
          priceCents: -100,
          active: true,
        }),
      /check constraint/
    )
    await assert.rejects(
      () =>
        db
          .from('orders')
          .where('id', order.id)
          .update({ total_net_cents: 100, total_vat_cents: 24, total_gross_cents: 125 }),
      /check constraint/
    )
  })

  test('line quantities are positive and VAT rates stay within 0–100 %', async ({ assert }) => {
    const order = await draft()
    const line = {
      orderId: order.id,
      kind: 'service' as const,
      name: 'Assembly',
      unitPriceCents: 5000,
    }
    await assert.rejects(
      () => OrderLine.create({ ...line, quantity: 0, vatRateBp: 2400 }),
      /check constraint/
    )
    await assert.rejects(
      () => OrderLine.create({ ...line, quantity: 1, vatRateBp: 10001 }),
      /check constraint/
    )
  })

  test('a claimed order must have a customer', async ({ assert }) => {
    const order = await draft()
    await assert.rejects(
      () => db.from('orders').where('id', order.id).update({ order_status: 'claimed' }),
      /check constraint/
    )
    const owner = await customer('owner@example.com')
    await db
      .from('orders')
      .where('id', order.id)
      .update({ order_status: 'claimed', customer_id: owner.id })
  })

  test('claim codes, Viva order codes and payment event ids are unique', async ({ assert }) => {
    const first = await draft()
    const second = await draft()
    await db
      .from('orders')
      .where('id', first.id)
      .update({ claim_code: 'AAAA-BBBB-CCCC-DDDD', viva_order_code: '1234567890123456' })
    await assert.rejects(
      () => db.from('orders').where('id', second.id).update({ claim_code: 'AAAA-BBBB-CCCC-DDDD' }),
      /orders_claim_code_unique/
    )
    await assert.rejects(
      () =>
        db.from('orders').where('id', second.id).update({ viva_order_code: '1234567890123456' }),
      /orders_viva_order_code_unique/
    )
    await PaymentEvent.create({ eventId: 'msg-1', payload: {} })
    await assert.rejects(() => PaymentEvent.create({ eventId: 'msg-1', payload: {} }), /unique/)
  })

  test('status history rows can be neither changed nor deleted', async ({ assert }) => {
    const order = await draft()
    const row = await OrderStatusHistory.create({
      orderId: order.id,
      axis: 'orderStatus',
      fromStatus: 'draft',
      toStatus: 'quote',
    })
    row.reason = 'rewritten'
    await assert.rejects(() => row.save(), /immutable/)
    await assert.rejects(() => row.delete(), /immutable/)
    await assert.rejects(() => order.delete(), /foreign key|immutable/)
  })

  test('lines are removed with their order, the catalog row is never referenced', async ({
    assert,
  }) => {
    const order = await draft()
    await OrderLine.create({
      orderId: order.id,
      kind: 'service',
      name: 'Assembly',
      unitPriceCents: 5000,
      quantity: 1,
      vatRateBp: 2400,
    })
    await order.delete()
    const remaining = await OrderLine.query().where('orderId', order.id)
    assert.lengthOf(remaining, 0)
  })
})
