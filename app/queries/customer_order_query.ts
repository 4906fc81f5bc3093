import { errors as lucidErrors } from '@adonisjs/lucid'
import Order from '#models/order'
import OrderLine from '#models/order_line'
import OrderStatusHistory from '#models/order_status_history'
import type User from '#models/user'
import { plainReader } from '#queries/plain_rows'
import { compiledStatement } from '#queries/compiled_statement'

/** What a customer is shown of an order line (CustomerOrderLineTransformer). */
const LINE_FACTS = plainReader(OrderLine, [
  'id',
  'kind',
  'name',
  'description',
  'quantity',
  'unitPriceCents',
  'vatRateBp',
  'category',
  'specs',
])
export type CustomerOrderLineFacts = ReturnType<typeof LINE_FACTS.read>

/** What a customer is shown of an order (CustomerOrderTransformer); `lines` for its pages. */
const ORDER_FACTS = [
  'publicId',
  'orderNumber',
  'createdAt',
  'orderStatus',
  'paymentStatus',
  'fulfillmentStatus',
  'totalGrossCents',
  'quoteValidUntil',
  'notes',
] as const
export type CustomerOrderFacts = Pick<Order, (typeof ORDER_FACTS)[number]> & {
  lines: CustomerOrderLineFacts[]
}
/** The order page's order: its facts, and its id for its lines and history. */
const ORDER_PAGE = plainReader(Order, ['id', ...ORDER_FACTS])

/** One status change on a customer's timeline (CustomerTimelineEntryTransformer). */
const TIMELINE_FACTS = plainReader(OrderStatusHistory, [
  'id',
  'axis',
  'toStatus',
  'actorId',
  'createdAt',
])
export type CustomerTimelineFacts = ReturnType<typeof TIMELINE_FACTS.read>

/** The customer's order of that public id (ownedBy: never another customer's). */
function ownOrderQuery(customerId: number, publicId: string) {
  return Order.query()
    .withScopes((scopes) => scopes.ownedBy({ id: customerId }))
    .where('publicId', publicId)
}

/*
| The order page's three statements, compiled once (see CompiledStatement):
| it is the page a customer opens most, from mails and bookmarks.
*/
const ORDER_PAGE_ORDER = compiledStatement((customerId: number, publicId: string) =>
  ownOrderQuery(customerId, publicId).select(ORDER_PAGE.columns).limit(1)
)
const ORDER_PAGE_LINES = compiledStatement((orderId: number) =>
  OrderLine.query()
    .where('orderId', orderId)
    .withScopes((scopes) => scopes.inQuotedOrder())
    .select(LINE_FACTS.columns)
)
const ORDER_PAGE_TIMELINE = compiledStatement((orderId: number) =>
  OrderStatusHistory.query()
    .where('orderId', orderId)
    .withScopes((scopes) => scopes.chronological())
    .select(TIMELINE_FACTS.columns)
)

/**
 * The reads behind the customer's quote and order pages: the public quote
 * of a claim code, and one of a customer's own orders (ownedBy: never
 * another customer's) with its history. A missing or foreign order is the
 * same ModelNotFound (404), so ids cannot be probed. The list of a customer's
 * orders is CustomerOrdersQuery.
 */
export default class CustomerOrderQuery {
  /**
   * The published order of a canonical claim code (normalizeClaimCode), with
   * its lines; null when there is none. One lookup on the unique index of
   * claim_code: the time it takes does not depend on how much of a code matched.
   */
  byClaimCode(claimCode: string) {
    return Order.query().where('claimCode', claimCode).preload('lines').first()
  }

  /** One of the customer's orders by its public id, with lines; 404 otherwise. */
  ownOrder(customer: User, publicId: string) {
    return ownOrderQuery(customer.id, publicId).preload('lines').firstOrFail()
  }

  /**
   * One of the customer's orders (404 otherwise) with its lines and status
   * changes, for their order page: the columns the page shows, read as plain
   * rows (see plainReader), in three statements.
   */
  async orderPage(customer: User, publicId: string) {
    const row = await ORDER_PAGE_ORDER.first(customer.id, publicId)
    if (!row) throw new lucidErrors.E_ROW_NOT_FOUND(Order)
    const { id, ...facts } = ORDER_PAGE.read(row)
    const lines = await ORDER_PAGE_LINES.rows(id)
    const history = await ORDER_PAGE_TIMELINE.rows(id)
    return {
      order: { ...facts, lines: lines.map(LINE_FACTS.read) } satisfies CustomerOrderFacts,
      timeline: history.map(TIMELINE_FACTS.read),
    }
  }
}
