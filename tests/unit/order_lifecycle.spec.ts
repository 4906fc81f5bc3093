import { test } from '@japa/runner'
import type { Assert } from '@japa/assert'
import { Exception } from '@adonisjs/core/exceptions'
import {
  allowedTransitions,
  assertTransition,
  checkTransition,
  fulfillmentForBuildStatus,
  InvalidTransitionError,
  isAllowedOnAxis,
  transitionRequiresReason,
  type OrderState,
  type StatusValue,
  type TransitionVerdict,
} from '#domain/order_lifecycle'
import {
  FULFILLMENT_STATUSES,
  ORDER_STATUSES,
  PAYMENT_STATUSES,
  type StatusAxis,
} from '#domain/statuses'

/*
| The expected tables are written out here, independently of the module, so a
| wrong edit to the module's tables fails these tests instead of agreeing with
| itself. `none` stands for "fulfilment not started" (null).
*/
const EXPECTED_ALLOWED: Record<StatusAxis, string[]> = {
  orderStatus: [
    'draft → quote',
    'draft → cancelled',
    'quote → claimed',
    'quote → cancelled',
    'claimed → confirmed',
    'claimed → cancelled',
    'confirmed → completed',
    'confirmed → cancelled',
  ],
  paymentStatus: [
    'unpaid → awaiting_payment',
    'awaiting_payment → paid',
    'awaiting_payment → unpaid',
    'paid → refunded',
  ],
  fulfillmentStatus: [
    'none → awaiting_parts',
    'awaiting_parts → assembling',
    'assembling → setup',
    'setup → testing',
    'setup → assembling',
    'testing → ready',
    'testing → assembling',
    'ready → packaging',
    'ready → completed',
    'packaging → shipped',
    'shipped → completed',
  ],
}

type PairRow = { axis: StatusAxis; from: string | null; to: string | null; allowed: boolean }

function everyPair(): PairRow[] {
  const rows: PairRow[] = []
  const axes: [StatusAxis, readonly (string | null)[], readonly (string | null)[]][] = [
    ['orderStatus', ORDER_STATUSES, ORDER_STATUSES],
    ['paymentStatus', PAYMENT_STATUSES, PAYMENT_STATUSES],
    // null as "from" is "not started"; null as "to" is never a transition.
    ['fulfillmentStatus', [null, ...FULFILLMENT_STATUSES], [null, ...FULFILLMENT_STATUSES]],
  ]
  for (const [axis, froms, tos] of axes) {
    for (const from of froms) {
      for (const to of tos) {
        const key = `${from ?? 'none'} → ${to ?? 'none'}`
        rows.push({ axis, from, to, allowed: EXPECTED_ALLOWED[axis].includes(key) })
      }
    }
  }
  return rows
}

function state(overrides: Partial<OrderState> = {}): OrderState {
  return {
    orderStatus: 'draft',
    paymentStatus: 'unpaid',
    fulfillmentStatus: null,
    isPickup: false,
    ...overrides,
  }
}

/** A confirmed, paid order at `fulfillmentStatus` (null: not started). */
function paidOrder(
  fulfillmentStatus: OrderState['fulfillmentStatus'],
  overrides: Partial<OrderState> = {}
) {
  return state({ orderStatus: 'confirmed', paymentStatus: 'paid', fulfillmentStatus, ...overrides })
}

type Refusal = Extract<TransitionVerdict, { ok: false }>

/**
 * Asserts the change is refused, the refusal naming the axis, from (the
 * order's current value) and to; returns it for the rule and the message.
 */
function refusal(assert: Assert, current: OrderState, axis: StatusAxis, to: StatusValue): Refusal {
  const verdict = checkTransition(current, axis, to)
  if (verdict.ok) return assert.fail(`${axis} → ${to} was allowed`)
  const from = current[axis]
  assert.equal(verdict.axis, axis)
  assert.equal(verdict.from, from)
  assert.equal(verdict.to, to)
  assert.include(verdict.message, axis)
  assert.include(verdict.message, `${from ?? 'none'} → ${to}`)
  return verdict
}

test.group('Order lifecycle / per-axis tables', () => {
  test('the literal table covers every pair once', ({ assert }) => {
    const rows = everyPair()
    assert.lengthOf(rows, 6 * 6 + 4 * 4 + 9 * 9)
    assert.lengthOf(
      rows.filter((row) => row.allowed),
      EXPECTED_ALLOWED.orderStatus.length +
        EXPECTED_ALLOWED.paymentStatus.length +
        EXPECTED_ALLOWED.fulfillmentStatus.length
    )
  })

  test('{axis}: {from} → {to} allowed={allowed}')
    .with(everyPair())
    .run(({ assert }, row) => {
      assert.strictEqual(isAllowedOnAxis(row.axis, row.from, row.to), row.allowed)
      if (row.from === row.to) assert.isFalse(isAllowedOnAxis(row.axis, row.from, row.to))
    })

  test('null "from" exists only on the fulfilment axis; unknown values are refused', ({
    assert,
  }) => {
    assert.isFalse(isAllowedOnAxis('orderStatus', null, 'quote'))
    assert.isFalse(isAllowedOnAxis('paymentStatus', null, 'awaiting_payment'))
    assert.isFalse(isAllowedOnAxis('orderStatus', 'draft', 'shipped'))
    assert.isFalse(isAllowedOnAxis('orderStatus', 'constructor', 'quote'))
    assert.isFalse(isAllowedOnAxis('orderStatus', 'draft', 'toString'))
    assert.isFalse(isAllowedOnAxis('nope' as StatusAxis, 'draft', 'quote'))
  })

  test('checkTransition names axis, from and to for a table violation', ({ assert }) => {
    const verdict = refusal(assert, state(), 'paymentStatus', 'paid')
    assert.equal(verdict.code, 'invalid_transition')
    assert.equal(verdict.message, 'Invalid paymentStatus transition: unpaid → paid')

    const same = refusal(assert, state({ orderStatus: 'quote' }), 'orderStatus', 'quote')
    assert.equal(same.message, 'Invalid orderStatus transition: quote → quote')

    const skip = refusal(assert, paidOrder('assembling'), 'fulfillmentStatus', 'shipped')
    assert.equal(skip.message, 'Invalid fulfillmentStatus transition: assembling → shipped')
  })
})

test.group('Order lifecycle / cross-axis rules', () => {
  test('fulfilment starts only for a confirmed, paid order', ({ assert }) => {
    const refused = refusal(
      assert,
      state({ orderStatus: 'claimed', paymentStatus: 'unpaid' }),
      'fulfillmentStatus',
      'awaiting_parts'
    )
    assert.equal(refused.code, 'fulfillment_start_requires_confirmed_paid')
    assert.equal(
      refused.message,
      'fulfillmentStatus cannot start (none → awaiting_parts): the order must be confirmed and paid (orderStatus: claimed, paymentStatus: unpaid)'
    )

    for (const paymentStatus of ['unpaid', 'awaiting_payment', 'refunded'] as const) {
      assert.equal(
        refusal(
          assert,
          state({ orderStatus: 'confirmed', paymentStatus }),
          'fulfillmentStatus',
          'awaiting_parts'
        ).code,
        'fulfillment_start_requires_confirmed_paid'
      )
    }

    assert.deepEqual(checkTransition(paidOrder(null), 'fulfillmentStatus', 'awaiting_parts'), {
      ok: true,
    })
  })

  test('every later fulfilment step needs a confirmed, paid order too', ({ assert }) => {
    const refunded = state({
      orderStatus: 'confirmed',
      paymentStatus: 'refunded',
      fulfillmentStatus: 'assembling',
    })
    const refused = refusal(assert, refunded, 'fulfillmentStatus', 'setup')
    assert.equal(refused.code, 'fulfillment_requires_confirmed_paid')
    assert.include(refused.message, 'paymentStatus: refunded')

    assert.isTrue(
      checkTransition({ ...refunded, paymentStatus: 'paid' }, 'fulfillmentStatus', 'setup').ok
    )
  })

  test('the order is completed only once fulfilment is completed', ({ assert }) => {
    const shipped = paidOrder('shipped')
    const refused = refusal(assert, shipped, 'orderStatus', 'completed')
    assert.equal(refused.code, 'completion_requires_fulfillment')
    assert.include(refused.message, 'fulfillmentStatus: shipped')

    assert.equal(
      refusal(assert, { ...shipped, fulfillmentStatus: null }, 'orderStatus', 'completed').code,
      'completion_requires_fulfillment'
    )

    assert.isTrue(
      checkTransition({ ...shipped, fulfillmentStatus: 'completed' }, 'orderStatus', 'completed').ok
    )
  })

  test('a paid order must be refunded before it is cancelled', ({ assert }) => {
    const building = paidOrder('assembling')
    const refused = refusal(assert, building, 'orderStatus', 'cancelled')
    assert.equal(refused.code, 'cancel_requires_refund')
    assert.include(refused.message, 'refunded')

    // Refunded: cancelling is allowed, even with fulfilment under way.
    assert.isTrue(
      checkTransition({ ...building, paymentStatus: 'refunded' }, 'orderStatus', 'cancelled').ok
    )
    // Not paid yet: cancelling is allowed.
    for (const paymentStatus of ['unpaid', 'awaiting_payment'] as const) {
      assert.isTrue(
        checkTransition(
          state({ orderStatus: 'confirmed', paymentStatus }),
          'orderStatus',
          'cancelled'
        ).ok
      )
    }
    for (const orderStatus of ['draft', 'quote', 'claimed'] as const) {
      assert.isTrue(checkTransition(state({ orderStatus }), 'orderStatus', 'cancelled').ok)
    }
  })

  test('nothing changes on a cancelled order', ({ assert }) => {
    const cancelled = state({ orderStatus: 'cancelled', paymentStatus: 'unpaid' })
    assert.equal(
      refusal(assert, cancelled, 'paymentStatus', 'awaiting_payment').code,
      'order_cancelled'
    )

    // A payment that lands after the cancellation does not revive the order.
    assert.equal(
      refusal(assert, { ...cancelled, paymentStatus: 'awaiting_payment' }, 'paymentStatus', 'paid')
        .code,
      'order_cancelled'
    )

    const refundedMidBuild = state({
      orderStatus: 'cancelled',
      paymentStatus: 'refunded',
      fulfillmentStatus: 'assembling',
    })
    const refused = refusal(assert, refundedMidBuild, 'fulfillmentStatus', 'setup')
    assert.equal(refused.code, 'order_cancelled')
    assert.include(refused.message, 'cancelled')

    for (const to of ORDER_STATUSES) {
      assert.equal(refusal(assert, cancelled, 'orderStatus', to).code, 'invalid_transition')
    }
    assert.deepEqual(allowedTransitions(cancelled), [])
    assert.deepEqual(allowedTransitions(refundedMidBuild), [])

    // Accepted side: the same payment change on a live order.
    assert.isTrue(
      checkTransition(
        { ...cancelled, orderStatus: 'confirmed' },
        'paymentStatus',
        'awaiting_payment'
      ).ok
    )
  })

  test('a completed order only accepts a refund', ({ assert }) => {
    const completed = state({
      orderStatus: 'completed',
      paymentStatus: 'paid',
      fulfillmentStatus: 'completed',
    })
    assert.isTrue(checkTransition(completed, 'paymentStatus', 'refunded').ok)
    assert.deepEqual(allowedTransitions(completed), [{ axis: 'paymentStatus', to: 'refunded' }])

    // Any other change the tables would allow is refused by the rule (state forced for the test).
    assert.equal(
      refusal(
        assert,
        { ...completed, paymentStatus: 'awaiting_payment' },
        'paymentStatus',
        'unpaid'
      ).code,
      'order_completed'
    )
    assert.equal(
      refusal(
        assert,
        { ...completed, fulfillmentStatus: 'shipped' },
        'fulfillmentStatus',
        'completed'
      ).code,
      'order_completed'
    )
  })

  test('payment is requested and recorded only on a confirmed order', ({ assert }) => {
    for (const orderStatus of ['draft', 'quote', 'claimed'] as const) {
      const refused = refusal(assert, state({ orderStatus }), 'paymentStatus', 'awaiting_payment')
      assert.equal(refused.code, 'payment_requires_confirmed_order')
      assert.include(refused.message, `orderStatus: ${orderStatus}`)
      assert.equal(
        refusal(
          assert,
          state({ orderStatus, paymentStatus: 'awaiting_payment' }),
          'paymentStatus',
          'paid'
        ).code,
        'payment_requires_confirmed_order'
      )
    }

    const confirmed = state({ orderStatus: 'confirmed' })
    assert.isTrue(checkTransition(confirmed, 'paymentStatus', 'awaiting_payment').ok)
    const awaiting = { ...confirmed, paymentStatus: 'awaiting_payment' as const }
    assert.isTrue(checkTransition(awaiting, 'paymentStatus', 'paid').ok)
    assert.isTrue(checkTransition(awaiting, 'paymentStatus', 'unpaid').ok)
  })

  test('only a pickup order goes straight from ready to completed', ({ assert }) => {
    const ready = state({
      orderStatus: 'confirmed',
      paymentStatus: 'paid',
      fulfillmentStatus: 'ready',
      isPickup: false,
    })
    const refused = refusal(assert, ready, 'fulfillmentStatus', 'completed')
    assert.equal(refused.code, 'pickup_only')
    assert.include(refused.message, 'pickup')

    assert.isTrue(
      checkTransition({ ...ready, isPickup: true }, 'fulfillmentStatus', 'completed').ok
    )
    assert.isTrue(checkTransition(ready, 'fulfillmentStatus', 'packaging').ok)
    assert.isTrue(
      checkTransition({ ...ready, isPickup: true }, 'fulfillmentStatus', 'packaging').ok
    )
  })
})

test.group('Order lifecycle / allowed transitions', () => {
  test('{name}')
    .with([
      {
        name: 'a new draft can be quoted or cancelled',
        state: state(),
        expected: ['orderStatus → quote', 'orderStatus → cancelled'],
      },
      {
        name: 'a confirmed unpaid order can ask for payment or be cancelled',
        state: state({ orderStatus: 'confirmed' }),
        expected: ['orderStatus → cancelled', 'paymentStatus → awaiting_payment'],
      },
      {
        name: 'an order awaiting payment can be paid, reset or cancelled',
        state: state({ orderStatus: 'confirmed', paymentStatus: 'awaiting_payment' }),
        expected: ['orderStatus → cancelled', 'paymentStatus → unpaid', 'paymentStatus → paid'],
      },
      {
        name: 'a paid order can start fulfilment or be refunded, not cancelled',
        state: paidOrder(null),
        expected: ['paymentStatus → refunded', 'fulfillmentStatus → awaiting_parts'],
      },
      {
        name: 'testing can pass to ready or go back for rework',
        state: paidOrder('testing'),
        expected: [
          'paymentStatus → refunded',
          'fulfillmentStatus → assembling',
          'fulfillmentStatus → ready',
        ],
      },
      {
        name: 'a ready pickup order can be packed or handed over',
        state: paidOrder('ready', { isPickup: true }),
        expected: [
          'paymentStatus → refunded',
          'fulfillmentStatus → packaging',
          'fulfillmentStatus → completed',
        ],
      },
      {
        name: 'a ready shipped order must be packed',
        state: paidOrder('ready'),
        expected: ['paymentStatus → refunded', 'fulfillmentStatus → packaging'],
      },
      {
        name: 'a delivered order can be completed or refunded',
        state: paidOrder('completed'),
        expected: ['orderStatus → completed', 'paymentStatus → refunded'],
      },
    ])
    .run(({ assert }, row) => {
      const changes = allowedTransitions(row.state)
      const expected = row.expected.map((change) => {
        const [axis, to] = change.split(' → ')
        return { axis, to }
      })
      assert.deepEqual(changes, expected)
      for (const change of changes) {
        assert.isTrue(checkTransition(row.state, change.axis, change.to).ok)
      }
    })
})

test.group('Order lifecycle / errors, builds, reasons', () => {
  test('InvalidTransitionError is a 422 naming axis, from and to', ({ assert }) => {
    const current = state({ orderStatus: 'claimed' })
    const verdict = checkTransition(current, 'fulfillmentStatus', 'awaiting_parts')
    assert.isFalse(verdict.ok)
    if (verdict.ok) return

    const error = new InvalidTransitionError(verdict)
    assert.instanceOf(error, Exception)
    assert.equal(error.status, 422)
    assert.equal(error.code, 'E_INVALID_TRANSITION')
    assert.equal(error.message, verdict.message)
    assert.equal(error.axis, 'fulfillmentStatus')
    assert.isNull(error.from)
    assert.equal(error.to, 'awaiting_parts')
    assert.equal(error.ruleCode, 'fulfillment_start_requires_confirmed_paid')

    // The service's form: explicit details win.
    const withDetails = new InvalidTransitionError(verdict, {
      axis: 'fulfillmentStatus',
      from: null,
      to: 'awaiting_parts',
    })
    assert.equal(withDetails.axis, 'fulfillmentStatus')

    assert.throws(
      () => assertTransition(current, 'paymentStatus', 'paid'),
      InvalidTransitionError,
      'Invalid paymentStatus transition: unpaid → paid'
    )
    assert.doesNotThrow(() => assertTransition(current, 'orderStatus', 'confirmed'))
  })

  test('build {buildStatus} → fulfilment {expected}')
    .with([
      { buildStatus: 'pending', expected: null },
      { buildStatus: 'in_progress', expected: 'assembling' },
      { buildStatus: 'testing', expected: 'testing' },
      { buildStatus: 'completed', expected: 'ready' },
      { buildStatus: 'failed', expected: null },
    ] as const)
    .run(({ assert }, row) => {
      assert.strictEqual(fulfillmentForBuildStatus(row.buildStatus), row.expected)
    })

  test('{axis} {from} → {to} needs a reason: {expected}')
    .with([
      { axis: 'orderStatus', from: 'draft', to: 'cancelled', expected: true },
      { axis: 'orderStatus', from: 'confirmed', to: 'cancelled', expected: true },
      { axis: 'orderStatus', from: 'draft', to: 'quote', expected: false },
      { axis: 'orderStatus', from: 'confirmed', to: 'completed', expected: false },
      { axis: 'paymentStatus', from: 'paid', to: 'refunded', expected: true },
      { axis: 'paymentStatus', from: 'awaiting_payment', to: 'paid', expected: false },
      { axis: 'paymentStatus', from: 'awaiting_payment', to: 'unpaid', expected: false },
      { axis: 'fulfillmentStatus', from: 'setup', to: 'assembling', expected: true },
      { axis: 'fulfillmentStatus', from: 'testing', to: 'assembling', expected: true },
      { axis: 'fulfillmentStatus', from: 'awaiting_parts', to: 'assembling', expected: false },
      { axis: 'fulfillmentStatus', from: 'testing', to: 'ready', expected: false },
      { axis: 'fulfillmentStatus', from: null, to: 'awaiting_parts', expected: false },
    ] satisfies {
      axis: StatusAxis
      from: StatusValue | null
      to: StatusValue
      expected: boolean
    }[])
    .run(({ assert }, row) => {
      assert.strictEqual(transitionRequiresReason(row.axis, row.from, row.to), row.expected)
    })
})
