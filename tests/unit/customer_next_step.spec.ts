import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { customerNextStep, needsCustomer } from '#domain/customer_next_step'

const tomorrow = DateTime.now().plus({ days: 2 })
const lastWeek = DateTime.now().minus({ days: 7 })

test.group('Customer next step', () => {
  test('what the customer does next, or waits for, in each state of an order', ({ assert }) => {
    const cases = [
      [
        {
          orderStatus: 'claimed',
          paymentStatus: 'unpaid',
          fulfillmentStatus: null,
          quoteValidUntil: tomorrow,
        },
        'accept',
      ],
      [
        {
          orderStatus: 'claimed',
          paymentStatus: 'unpaid',
          fulfillmentStatus: null,
          quoteValidUntil: lastWeek,
        },
        'expired',
      ],
      [
        {
          orderStatus: 'confirmed',
          paymentStatus: 'awaiting_payment',
          fulfillmentStatus: null,
          quoteValidUntil: lastWeek,
        },
        'pay',
      ],
      [
        {
          orderStatus: 'confirmed',
          paymentStatus: 'paid',
          fulfillmentStatus: null,
          quoteValidUntil: null,
        },
        'build',
      ],
      [
        {
          orderStatus: 'confirmed',
          paymentStatus: 'paid',
          fulfillmentStatus: 'testing',
          quoteValidUntil: null,
        },
        'build',
      ],
      [
        {
          orderStatus: 'confirmed',
          paymentStatus: 'paid',
          fulfillmentStatus: 'shipped',
          quoteValidUntil: null,
        },
        'delivery',
      ],
      [
        {
          orderStatus: 'completed',
          paymentStatus: 'paid',
          fulfillmentStatus: 'completed',
          quoteValidUntil: null,
        },
        'none',
      ],
      [
        {
          orderStatus: 'cancelled',
          paymentStatus: 'unpaid',
          fulfillmentStatus: null,
          quoteValidUntil: tomorrow,
        },
        'none',
      ],
    ] as const
    for (const [state, step] of cases) {
      assert.equal(customerNextStep(state), step, JSON.stringify(state))
    }
  })

  test('accepting, renewing and paying wait for the customer; the rest waits for the shop', ({
    assert,
  }) => {
    assert.deepEqual(
      (['accept', 'expired', 'pay', 'build', 'delivery', 'none'] as const).filter(needsCustomer),
      ['accept', 'expired', 'pay']
    )
  })
})
