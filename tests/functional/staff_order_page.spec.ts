import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import type { ApiClient } from '@japa/api-client'
import { allowedTransitions, type OrderState, type StatusChange } from '#domain/order_lifecycle'
import { statusAxisLabel } from '#domain/status_labels'
import Order from '#models/order'
import OrderLine from '#models/order_line'
import OrderStatusHistory from '#models/order_status_history'
import type User from '#models/user'
import ActivityLogService from '#services/activity_log_service'
import { createCustomer, createEnrolledStaff } from '#tests/helpers/staff'
import { fieldError } from '#tests/helpers/requests'

type State = Omit<OrderState, 'isPickup'> & { isPickup?: boolean }

/** An order in `state`, written directly (the test sets up history it does not exercise). */
async function orderIn(state: State) {
  // Past the quote stage an order belongs to a customer (a database check).
  const customer = ['draft', 'quote'].includes(state.orderStatus) ? null : await createCustomer()
  const order = await Order.create({
    customerId: customer?.id ?? null,
    intakeName: 'Μαρία Κωνσταντίνου',
    intakeEmail: 'maria@example.com',
    orderStatus: state.orderStatus,
    paymentStatus: state.paymentStatus,
    fulfillmentStatus: state.fulfillmentStatus,
    totalGrossCents: 124000,
    totalNetCents: 100000,
    totalVatCents: 24000,
  })
  const line = { orderId: order.id, quantity: 1, vatRateBp: 2400, specs: {} }
  await OrderLine.create({
    ...line,
    kind: 'component',
    name: 'AMD Ryzen 7 9800X3D',
    unitPriceCents: 124000,
    position: 1,
  })
  if (state.isPickup) {
    const pickup = { kind: 'shipping', name: 'Pickup from the shop', isPickup: true } as const
    await OrderLine.create({ ...line, ...pickup, unitPriceCents: 0, position: 2 })
  }
  return order
}

const STATES: State[] = [
  { orderStatus: 'draft', paymentStatus: 'unpaid', fulfillmentStatus: null },
  { orderStatus: 'quote', paymentStatus: 'unpaid', fulfillmentStatus: null },
  { orderStatus: 'claimed', paymentStatus: 'unpaid', fulfillmentStatus: null },
  { orderStatus: 'confirmed', paymentStatus: 'awaiting_payment', fulfillmentStatus: null },
  { orderStatus: 'confirmed', paymentStatus: 'paid', fulfillmentStatus: null },
  { orderStatus: 'confirmed', paymentStatus: 'paid', fulfillmentStatus: 'testing' },
  { orderStatus: 'confirmed', paymentStatus: 'paid', fulfillmentStatus: 'ready', isPickup: true },
  { orderStatus: 'confirmed', paymentStatus: 'paid', fulfillmentStatus: 'shipped' },
  { orderStatus: 'completed', paymentStatus: 'paid', fulfillmentStatus: 'completed' },
  { orderStatus: 'cancelled', paymentStatus: 'unpaid', fulfillmentStatus: null },
]

/** What the page must offer: the lifecycle's answer, less the customer's own claim. */
function expectedActions(state: State) {
  return allowedTransitions({ ...state, isPickup: state.isPickup ?? false }).filter(
    (change) => !(change.axis === 'orderStatus' && change.to === 'claimed')
  )
}

/** A signed-in staff member and an order in `state`: how most tests here begin. */
async function staffAndOrder(state: State) {
  return { staff: await createEnrolledStaff(), order: await orderIn(state) }
}

function showPage(client: ApiClient, staff: User, order: Order) {
  return client.get(`/staff/orders/${order.id}`).asStaff(staff).withInertia()
}

function postTransition(
  client: ApiClient,
  staff: User,
  order: Order,
  body: { axis: string; to: string; reason?: string }
) {
  return client
    .post(`/staff/orders/${order.id}/transitions`)
    .header('referer', `/staff/orders/${order.id}`)
    .asStaff(staff)
    .submitForm(body)
}

/** The same change asked for by a script (JSON in, JSON out). */
function postTransitionJson(client: ApiClient, staff: User, order: Order, body: StatusChange) {
  return client.post(`/staff/orders/${order.id}/transitions`).asStaff(staff).submitJson(body)
}

type OfferedAction = StatusChange & { requiresReason: boolean }

/** The status changes the page offers for an order in `state`. */
async function offeredActions(client: ApiClient, staff: User, state: State) {
  const response = await showPage(client, staff, await orderIn(state))
  return response.inertiaProps.actions as OfferedAction[]
}

/** Status emails have their own tests (order_status_emails.spec.ts). */
function startWithMailFaked() {
  mail.fake()
  return () => mail.restore()
}

test.group('Staff order page: access', () => {
  test('anonymous visitors are sent to the staff login, customers to their portal', async ({
    client,
    assert,
  }) => {
    const order = await orderIn(STATES[0])
    const customer = await createCustomer()

    const anonymous = await client.get(`/staff/orders/${order.id}`).redirects(0)
    anonymous.assertStatus(302)
    anonymous.assertHeader('location', '/staff/login')

    const asCustomer = await client.get(`/staff/orders/${order.id}`).loginAs(customer).redirects(0)
    asCustomer.assertStatus(302)
    asCustomer.assertHeader('location', '/portal')

    const post = await client
      .post(`/staff/orders/${order.id}/transitions`)
      .form({ axis: 'orderStatus', to: 'cancelled', reason: 'no' })
      .loginAs(customer)
      .withCsrfToken()
      .redirects(0)
    post.assertStatus(302)
    post.assertHeader('location', '/portal')
    await order.refresh()
    assert.equal(order.orderStatus, 'draft')
  })

  test('admins and superadmins see the order', async ({ client }) => {
    const order = await orderIn(STATES[0])
    for (const role of ['admin', 'superadmin'] as const) {
      const staff = await createEnrolledStaff(role)
      const response = await showPage(client, staff, order)
      response.assertStatus(200)
      response.assertInertiaComponent('staff/orders/show')
      response.assertInertiaPropsContains({
        order: { orderNumber: order.orderNumber, orderStatus: { value: 'draft', label: 'Draft' } },
        totals: { gross: '€1,240.00', net: '€1,000.00', vat: '€240.00' },
      })
    }
  })

  test('an unknown order is a 404', async ({ client }) => {
    const staff = await createEnrolledStaff()
    const response = await client.get('/staff/orders/999999').asStaff(staff)
    response.assertStatus(404)
  })
})

test.group('Staff order page: actions', (group) => {
  group.each.setup(startWithMailFaked)

  test('the offered actions are the lifecycle transitions of the order', async ({
    client,
    assert,
  }) => {
    const staff = await createEnrolledStaff()
    for (const state of STATES) {
      const actions = await offeredActions(client, staff, state)
      assert.deepEqual(
        actions.map(({ axis, to }) => ({ axis, to })),
        expectedActions(state),
        JSON.stringify(state)
      )
    }
  })

  test('cancel, refund and rework ask for a reason; other changes do not', async ({
    client,
    assert,
  }) => {
    const staff = await createEnrolledStaff()
    const reasons = async (state: State) => {
      const actions = await offeredActions(client, staff, state)
      return Object.fromEntries(
        actions.map((action) => [`${action.axis}:${action.to}`, action.requiresReason])
      )
    }
    assert.deepEqual(await reasons(STATES[2]), {
      'orderStatus:confirmed': false,
      'orderStatus:cancelled': true,
    })
    assert.deepEqual(await reasons(STATES[5]), {
      'paymentStatus:refunded': true,
      'fulfillmentStatus:assembling': true,
      'fulfillmentStatus:ready': false,
    })
  })

  test('every offered change applies, with a history row naming the staff member and the reason', async ({
    client,
    assert,
  }) => {
    const staff = await createEnrolledStaff()
    for (const state of STATES) {
      for (const change of expectedActions(state)) {
        const order = await orderIn(state)
        const from = order[change.axis]
        // Publishing (PublishQuoteService) records no reason: there is nothing to justify.
        const isPublish = change.axis === 'orderStatus' && change.to === 'quote'
        const response = await postTransition(client, staff, order, {
          ...change,
          reason: 'Asked by the customer on the phone',
        })
        const label = `${JSON.stringify(state)} ${change.axis} → ${change.to}`
        response.assertStatus(302)
        response.assertHeader('location', `/staff/orders/${order.id}`)
        response.assertFlashMessage(
          'success',
          `Order ${order.orderNumber}: ${statusAxisLabel(change.axis, 'en').toLowerCase()} is now ${change.to.replaceAll('_', ' ')}.`
        )

        await order.refresh()
        assert.equal(order[change.axis], change.to, label)
        const history = await OrderStatusHistory.query().where('orderId', order.id)
        assert.lengthOf(history, 1, label)
        assert.include(
          history[0].toJSON(),
          {
            axis: change.axis,
            fromStatus: from,
            toStatus: change.to,
            actorId: staff.id,
            reason: isPublish ? null : 'Asked by the customer on the phone',
          },
          label
        )
      }
    }
  })

  test('publishing from the order page gives the quote its claim code and validity', async ({
    client,
    assert,
  }) => {
    const { staff, order } = await staffAndOrder(STATES[0])
    const response = await postTransition(client, staff, order, {
      axis: 'orderStatus',
      to: 'quote',
    })
    response.assertStatus(302)
    await order.refresh()
    assert.equal(order.orderStatus, 'quote')
    assert.isString(order.claimCode)
    assert.isNotNull(order.quoteValidUntil)
  })

  test('a change asked for as JSON answers with the message and the three statuses', async ({
    client,
    assert,
  }) => {
    const { staff, order } = await staffAndOrder(STATES[3])
    const response = await postTransitionJson(client, staff, order, {
      axis: 'paymentStatus',
      to: 'paid',
    })
    response.assertStatus(200)
    assert.deepEqual(response.body(), {
      message: `Order ${order.orderNumber}: payment is now paid.`,
      orderStatus: 'confirmed',
      paymentStatus: 'paid',
      fulfillmentStatus: null,
    })
  })

  test('a change that needs a reason is refused without one, and nothing changes', async ({
    client,
    assert,
  }) => {
    const staff = await createEnrolledStaff()
    const cases: [State, StatusChange][] = [
      [STATES[2], { axis: 'orderStatus', to: 'cancelled' }],
      [
        { orderStatus: 'completed', paymentStatus: 'paid', fulfillmentStatus: 'completed' },
        { axis: 'paymentStatus', to: 'refunded' },
      ],
      [STATES[5], { axis: 'fulfillmentStatus', to: 'assembling' }],
    ]
    for (const [state, change] of cases) {
      const order = await orderIn(state)
      const response = await postTransition(client, staff, order, { ...change, reason: '   ' })
      response.assertStatus(302)
      response.assertHeader('location', `/staff/orders/${order.id}`)
      assert.include(fieldError(response, 'reason'), `${change.axis} `)
      await order.refresh()
      assert.equal(order[change.axis], state[change.axis])
      assert.lengthOf(await OrderStatusHistory.query().where('orderId', order.id), 0)
    }

    // Starting assembly is no rework: no reason needed.
    const order = await orderIn({
      orderStatus: 'confirmed',
      paymentStatus: 'paid',
      fulfillmentStatus: 'awaiting_parts',
    })
    const response = await postTransition(client, staff, order, {
      axis: 'fulfillmentStatus',
      to: 'assembling',
    })
    response.assertStatus(302)
    await order.refresh()
    assert.equal(order.fulfillmentStatus, 'assembling')
  })

  test('a refused change names axis, from and to, as a form error or a 422, and changes nothing', async ({
    client,
    assert,
  }) => {
    const { staff, order } = await staffAndOrder(STATES[0])

    const response = await postTransition(client, staff, order, {
      axis: 'paymentStatus',
      to: 'paid',
    })
    response.assertStatus(302)
    response.assertHeader('location', `/staff/orders/${order.id}`)
    const message = fieldError(response, 'to')
    assert.include(message, 'paymentStatus')
    assert.include(message, 'unpaid → paid')

    const json = await postTransitionJson(client, staff, order, {
      axis: 'fulfillmentStatus',
      to: 'shipped',
    })
    json.assertStatus(422)
    const errors = json.body().errors as { field: string; message: string }[]
    assert.equal(errors[0].field, 'to')
    assert.include(errors[0].message, 'fulfillmentStatus')
    assert.include(errors[0].message, 'none → shipped')

    // The customer's own act, never staff's.
    const quote = await orderIn(STATES[1])
    const claim = await postTransition(client, staff, quote, {
      axis: 'orderStatus',
      to: 'claimed',
    })
    assert.include(fieldError(claim, 'to'), 'orderStatus cannot go quote → claimed')

    // Not a status at all: a validation error, not a 500.
    const nonsense = await postTransition(client, staff, order, { axis: 'mood', to: 'happy' })
    nonsense.assertStatus(302)
    assert.isString(fieldError(nonsense, 'axis'))
    assert.isString(fieldError(nonsense, 'to'))

    await order.refresh()
    await quote.refresh()
    assert.deepInclude(order.toJSON(), {
      orderStatus: 'draft',
      paymentStatus: 'unpaid',
      fulfillmentStatus: null,
    })
    assert.equal(quote.orderStatus, 'quote')
    assert.lengthOf(await OrderStatusHistory.all(), 0)
  })
})

test.group('Staff order page: history', (group) => {
  group.each.setup(startWithMailFaked)

  test('the page lists status changes and activity, newest first, with who and why', async ({
    client,
    assert,
  }) => {
    const { staff, order } = await staffAndOrder(STATES[2])
    await new ActivityLogService().record({
      actor: staff,
      action: 'order.notes_updated',
      subject: { type: 'order', id: order.id },
      metadata: { fields: ['notes'] },
    })
    await postTransition(client, staff, order, { axis: 'orderStatus', to: 'confirmed' })
    await postTransition(client, staff, order, {
      axis: 'orderStatus',
      to: 'cancelled',
      reason: 'Customer found a cheaper offer',
    })

    const response = await showPage(client, staff, order)
    const timeline = response.inertiaProps.timeline as Record<string, unknown>[]
    const who = `${staff.fullName} <${staff.email}>`
    assert.lengthOf(timeline, 3)
    assert.containsSubset(timeline[0], {
      kind: 'status',
      axis: 'orderStatus',
      from: 'confirmed',
      to: 'cancelled',
      actor: who,
      reason: 'Customer found a cheaper offer',
    })
    assert.containsSubset(timeline[1], {
      kind: 'status',
      from: 'claimed',
      to: 'confirmed',
      actor: who,
      reason: null,
    })
    assert.containsSubset(timeline[2], {
      kind: 'activity',
      action: 'order.notes_updated',
      actor: who,
    })
    assert.isString(timeline[0].at)
  })
})
