import factory from '@adonisjs/lucid/factories'
import OrderStatusHistory from '#models/order_status_history'
import { OrderFactory } from '#database/factories/order_factory'
import { UserFactory } from '#database/factories/user_factory'

/*
| An audit row on its own, for tests of timelines and reports. It does NOT
| change the order: OrderTransitionService writes real transitions together
| with their history row. Rows are immutable once inserted (database trigger).
*/
export const OrderStatusHistoryFactory = factory
  .define(OrderStatusHistory, () => ({
    axis: 'orderStatus' as const,
    fromStatus: 'draft',
    toStatus: 'quote',
    actorId: null,
    reason: null,
  }))
  .relation('order', () => OrderFactory)
  .relation('actor', () => UserFactory)
  .build()
