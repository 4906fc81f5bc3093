import { test } from '@japa/runner'
import emitter from '@adonisjs/core/services/emitter'
import Order from '#models/order'
import User from '#models/user'
import OrderStatusHistory from '#models/order_status_history'
import OrderStatusChanged from '#events/order_status_changed'
import OrderTransitionService from '#services/order_transition_service'
import { InvalidTransitionError, ReasonRequiredError } from '#domain/order_lifecycle'
import { errorOf } from '#tests/helpers/errors'

const transitions = new OrderTransitionService()

async function staffMember() {
  return User.create({
    email: 'staff@pcmr.gr',
    password: 'secret-password',
    firstName: 'Ελένη',
    lastName: 'Π.',
    role: 'admin',
    locale: 'en',
  })
}

async function customerAccount() {
  return User.create({
    email: 'maria@example.com',
    password: 'secret-password',
    firstName: 'Μαρία',
    lastName: 'Κ.',
    role: 'customer',
    locale: 'el',
  })
}

async function quoteClaimedBy(customer: User) {
  const order = await Order.create({ intakeName: 'Μαρία', intakeEmail: 'maria@example.com' })
  await transitions.apply(order.id, { axis: 'orderStatus', to: 'quote' })
  order.customerId = customer.id
  await order.save()
  return order
}

test.group('Order transitions', () => {
  test('apply a change, write the history row with actor and reason, emit the event', async ({
    assert,
    cleanup,
  }) => {
    const events = emitter.fake()
    cleanup(() => emitter.restore())
    const actor = await staffMember()
    const order = await Order.create({ intakeName: 'Μαρία', intakeEmail: 'maria@example.com' })

    const updated = await transitions.apply(
      order.id,
      { axis: 'orderStatus', to: 'cancelled' },
      { actor, reason: '  customer changed their mind  ' }
    )

    assert.equal(updated.orderStatus, 'cancelled')
    await order.refresh()
    assert.equal(order.orderStatus, 'cancelled')
    const history = await OrderStatusHistory.query().where('orderId', order.id)
    assert.lengthOf(history, 1)
    assert.include(history[0].toJSON(), {
      axis: 'orderStatus',
      fromStatus: 'draft',
      toStatus: 'cancelled',
      actorId: actor.id,
      reason: 'customer changed their mind',
    })
    events.assertEmitted(OrderStatusChanged, ({ data }) => data.order.id === order.id)
  })

  test('cancel, refund and rework need a reason: without one nothing changes', async ({
    assert,
  }) => {
    const order = await Order.create({ intakeName: 'Μαρία', intakeEmail: 'maria@example.com' })
    for (const reason of [undefined, '   ']) {
      await assert.rejects(
        () => transitions.apply(order.id, { axis: 'orderStatus', to: 'cancelled' }, { reason }),
        ReasonRequiredError
      )
    }
    await order.refresh()
    assert.equal(order.orderStatus, 'draft')
    assert.lengthOf(await OrderStatusHistory.query().where('orderId', order.id), 0)
  })

  test('an invalid change is a 422 naming axis, from and to, and writes nothing', async ({
    assert,
  }) => {
    const events = emitter.fake()
    const order = await Order.create({ intakeName: 'Μαρία', intakeEmail: 'maria@example.com' })
    const error = await errorOf(() =>
      transitions.apply(order.id, { axis: 'paymentStatus', to: 'paid' })
    ).finally(() => emitter.restore())
    assert.instanceOf(error, InvalidTransitionError)
    assert.equal(error.status, 422)
    assert.include(error.message, 'paymentStatus')
    assert.include(error.message, 'unpaid')
    assert.include(error.message, 'paid')
    await order.refresh()
    assert.equal(order.paymentStatus, 'unpaid')
    assert.lengthOf(await OrderStatusHistory.query().where('orderId', order.id), 0)
    events.assertNoneEmitted()
  })

  test('a cross-axis rule refuses fulfilment before payment', async ({ assert }) => {
    const customer = await customerAccount()
    const order = await quoteClaimedBy(customer)
    await transitions.apply(order.id, { axis: 'orderStatus', to: 'claimed' })
    await transitions.apply(order.id, { axis: 'orderStatus', to: 'confirmed' })
    await assert.rejects(
      () => transitions.apply(order.id, { axis: 'fulfillmentStatus', to: 'awaiting_parts' }),
      /fulfillmentStatus/
    )
    await transitions.apply(order.id, { axis: 'paymentStatus', to: 'awaiting_payment' })
    await transitions.apply(order.id, { axis: 'paymentStatus', to: 'paid' })
    const started = await transitions.apply(order.id, {
      axis: 'fulfillmentStatus',
      to: 'awaiting_parts',
    })
    assert.equal(started.fulfillmentStatus, 'awaiting_parts')
    assert.isNotNull(started.paidAt)
  })

  test('two conflicting changes fired at once: exactly one wins, history stays consistent', async ({
    assert,
  }) => {
    const customer = await customerAccount()
    // Ten rounds so that a missing lock cannot pass by luck of scheduling.
    for (let round = 0; round < 10; round++) {
      const order = await quoteClaimedBy(customer)
      await transitions.apply(order.id, { axis: 'orderStatus', to: 'claimed' })
      await transitions.apply(order.id, { axis: 'orderStatus', to: 'confirmed' })
      await transitions.apply(order.id, { axis: 'paymentStatus', to: 'awaiting_payment' })

      // The payment arrives while staff reset the expired payment: after either
      // one, the other is no longer a valid move (paid ↛ unpaid, unpaid ↛ paid).
      const results = await Promise.allSettled([
        transitions.apply(order.id, { axis: 'paymentStatus', to: 'paid' }),
        transitions.apply(order.id, { axis: 'paymentStatus', to: 'unpaid' }),
      ])

      const won = results.filter((result) => result.status === 'fulfilled')
      const lost = results.filter((result) => result.status === 'rejected')
      assert.lengthOf(won, 1)
      assert.lengthOf(lost, 1)
      assert.instanceOf((lost[0] as PromiseRejectedResult).reason, InvalidTransitionError)

      await order.refresh()
      const history = await OrderStatusHistory.query()
        .where('orderId', order.id)
        .where('axis', 'paymentStatus')
        .orderBy('id')
      assert.deepEqual(
        history.map((row) => [row.fromStatus, row.toStatus]),
        [
          ['unpaid', 'awaiting_payment'],
          ['awaiting_payment', order.paymentStatus],
        ]
      )
    }
  })
})
