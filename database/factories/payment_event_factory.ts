import factory from '@adonisjs/lucid/factories'
import { randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import PaymentEvent from '#models/payment_event'
import { OrderFactory } from '#database/factories/order_factory'

/*
| A stored Viva webhook delivery (VIVA.md §5): "transaction payment created"
| by default. Tests of a specific order merge orderId and the payload's
| OrderCode / Amount.
*/
export const PaymentEventFactory = factory
  .define(PaymentEvent, ({ faker }) => {
    const messageId = randomUUID()
    return {
      provider: 'viva',
      eventId: messageId,
      eventTypeId: 1796,
      orderId: null,
      payload: {
        EventTypeId: 1796,
        MessageId: messageId,
        Created: DateTime.now().toISO(),
        EventData: {
          TransactionId: randomUUID(),
          OrderCode: faker.string.numeric({ length: 16, allowLeadingZeros: false }),
          StatusId: 'F',
          Amount: faker.number.int({ min: 500, max: 4000 }),
          CurrencyCode: '978',
        },
      },
      processedAt: DateTime.now(),
    }
  })
  .state('unprocessed', (row) => {
    row.processedAt = null
  })
  .relation('order', () => OrderFactory)
  .build()
