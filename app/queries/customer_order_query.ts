import { DateTime } from 'luxon'
import Order from '#models/order'
import OrderLine from '#models/order_line'
import OrderStatusHistory from '#models/order_status_history'
import type User from '#models/user'

/** What a customer is shown of an order line (CustomerOrderLineTransformer). */
export type CustomerOrderLineFacts = Pick<
  OrderLine,
  | 'id'
  | 'kind'
  | 'name'
  | 'description'
  | 'quantity'
  | 'unitPriceCents'
  | 'vatRateBp'
  | 'category'
  | 'specs'
>

/** What a customer is shown of an order (CustomerOrderTransformer); `lines` for its pages. */
export type CustomerOrderFacts = Pick<
  Order,
  | 'publicId'
  | 'orderNumber'
  | 'createdAt'
  | 'orderStatus'
  | 'paymentStatus'
  | 'fulfillmentStatus'
  | 'totalGrossCents'
  | 'quoteValidUntil'
  | 'notes'
> & { lines: CustomerOrderLineFacts[] }

/** One status change on a customer's timeline (CustomerTimelineEntryTransformer). */
export type CustomerTimelineFacts = Pick<
  OrderStatusHistory,
  'id' | 'axis' | 'toStatus' | 'actorId' | 'createdAt'
>

type OrderRow = {
  id: number
  public_id: string
  order_number: string
  created_at: Date
  order_status: Order['orderStatus']
  payment_status: Order['paymentStatus']
  fulfillment_status: Order['fulfillmentStatus']
  total_gross_cents: number
  quote_valid_until: string | null
  notes: string | null
}
type LineRow = {
  id: number
  kind: OrderLine['kind']
  name: string
  description: string | null
  quantity: number
  unit_price_cents: number
  vat_rate_bp: number
  category: OrderLine['category']
  specs: OrderLine['specs']
}
type HistoryRow = {
  id: number
  axis: OrderStatusHistory['axis']
  to_status: string
  actor_id: number | null
  created_at: Date
}

/** A `date` column as Lucid's @column.date() reads it (pg gives `YYYY-MM-DD`, see config/database.ts). */
const day = (value: string | null) => (value === null ? null : DateTime.fromSQL(value))

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
    return Order.query()
      .withScopes((scopes) => scopes.ownedBy(customer))
      .where('publicId', publicId)
      .preload('lines')
      .firstOrFail()
  }

  /**
   * One of the customer's orders (404 otherwise) with its lines and status
   * changes, for their order page: only the columns the page shows, as plain
   * rows. The page only reads them, and hydrating the order, its ten-odd
   * lines and its history as Lucid models (a proxy per row, every column set
   * through it, a deep copy of the originals) was a fifth of the page's CPU
   * under load. The same three statements in the same order as before.
   */
  async orderPage(customer: User, publicId: string) {
    const row = await Order.query()
      .withScopes((scopes) => scopes.ownedBy(customer))
      .where('publicId', publicId)
      .select(
        'id',
        'public_id',
        'order_number',
        'created_at',
        'order_status',
        'payment_status',
        'fulfillment_status',
        'total_gross_cents',
        'quote_valid_until',
        'notes'
      )
      .pojo<OrderRow>()
      .firstOrFail()
    const lines = await OrderLine.query()
      .where('orderId', row.id)
      .select(
        'id',
        'kind',
        'name',
        'description',
        'quantity',
        'unit_price_cents',
        'vat_rate_bp',
        'category',
        'specs'
      )
      .orderBy('position')
      .orderBy('id')
      .pojo<LineRow>()
    const history = await OrderStatusHistory.query()
      .where('orderId', row.id)
      .select('id', 'axis', 'to_status', 'actor_id', 'created_at')
      .orderBy('createdAt')
      .orderBy('id')
      .pojo<HistoryRow>()
    const order: CustomerOrderFacts = {
      publicId: row.public_id,
      orderNumber: row.order_number,
      createdAt: DateTime.fromJSDate(row.created_at),
      orderStatus: row.order_status,
      paymentStatus: row.payment_status,
      fulfillmentStatus: row.fulfillment_status,
      totalGrossCents: row.total_gross_cents,
      quoteValidUntil: day(row.quote_valid_until),
      notes: row.notes,
      lines: lines.map((line) => ({
        id: line.id,
        kind: line.kind,
        name: line.name,
        description: line.description,
        quantity: line.quantity,
        unitPriceCents: line.unit_price_cents,
        vatRateBp: line.vat_rate_bp,
        category: line.category,
        specs: line.specs,
      })),
    }
    const timeline: CustomerTimelineFacts[] = history.map((entry) => ({
      id: entry.id,
      axis: entry.axis,
      toStatus: entry.to_status,
      actorId: entry.actor_id,
      createdAt: DateTime.fromJSDate(entry.created_at),
    }))
    return { order, timeline }
  }
}
