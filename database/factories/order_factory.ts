import factory from '@adonisjs/lucid/factories'
import { DateTime } from 'luxon'
import Order from '#models/order'
import OrderLine from '#models/order_line'
import OrderTotalsService from '#services/order_totals_service'
import { generateClaimCode } from '#domain/claim_code'
import { greekPerson, UserFactory } from '#database/factories/user_factory'
import { OrderLineFactory } from '#database/factories/order_line_factory'
import { OrderStatusHistoryFactory } from '#database/factories/order_status_history_factory'
import { BuildFactory } from '#database/factories/build_factory'

export const USE_CASES = [
  '4K gaming',
  '1440p competitive gaming',
  'Video editing (DaVinci Resolve, 4K/6K)',
  'ML development (PyTorch, local LLMs)',
  'Architectural rendering (Revit, Lumion, V-Ray)',
  'Streaming και gaming',
  'Γραφείο και προγραμματισμός',
  'Music production',
] as const

/*
| A new order as staff type it in from a customer's intake: draft, unpaid,
| fulfilment not started, no customer account yet. No state moves the status
| columns: tests drive them through OrderTransitionService like the app does,
| and the number comes from the database (Order's beforeCreate hook).
|
|   OrderFactory.with('lines', 3).create()                  lines, totals cached
|   OrderFactory.apply('quoteDetails').with('lines').create() then transition to quote
*/
export const OrderFactory = factory
  .define(Order, ({ faker }) => {
    const person = greekPerson(faker, 4)
    return {
      intakeName: person.fullName,
      intakeEmail: person.email,
      intakePhone: `+3069${faker.string.numeric(8)}`,
      useCase: faker.helpers.arrayElement(USE_CASES),
      // Budgets people actually say: round hundreds of euros.
      budgetCents: faker.number.int({ min: 8, max: 50 }) * 10_000,
      notes: faker.helpers.arrayElement([
        null,
        'Θέλει όσο πιο αθόρυβο γίνεται.',
        'Λευκό build αν είναι εφικτό.',
        'Χρειάζεται Wi-Fi, δεν έχει καλώδιο δικτύου στο δωμάτιο.',
      ]),
      internalNotes: null,
      // The values every order is created with (also the column defaults), spelled out so
      // that the returned instance has them without a refresh. Not a transition.
      orderStatus: 'draft' as const,
      paymentStatus: 'unpaid' as const,
      fulfillmentStatus: null,
      totalNetCents: 0,
      totalVatCents: 0,
      totalGrossCents: 0,
    }
  })
  /** The columns publishing fills in; pair with the `quote` transition. */
  .state('quoteDetails', (order) => {
    order.claimCode = generateClaimCode()
    order.publishedAt = DateTime.now()
    order.quoteValidUntil = DateTime.now().plus({ days: 14 }).startOf('day')
  })
  .relation('lines', () => OrderLineFactory)
  .relation('customer', () => UserFactory)
  .relation('createdBy', () => UserFactory)
  .relation('statusHistory', () => OrderStatusHistoryFactory)
  .relation('build', () => BuildFactory)
  // Lines are created after the order: cache their totals, as the app does on every line change.
  // Skipped without lines so that totals merged by a test survive.
  .after('create', async (_, order, { $trx }) => {
    const line = await OrderLine.query({ client: $trx }).where('orderId', order.id).first()
    if (line) await new OrderTotalsService().recalculate(order, $trx)
  })
  .build()
