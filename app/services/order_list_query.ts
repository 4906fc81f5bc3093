import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { DatabaseQueryBuilderContract } from '@adonisjs/lucid/types/querybuilder'
import {
  FULFILLMENT_STATUSES,
  ORDER_STATUSES,
  PAYMENT_STATUSES,
  type FulfillmentStatus,
  type OrderStatus,
  type PaymentStatus,
} from '#domain/statuses'
import { FULFILLMENT_NOT_STARTED } from '#domain/order_lifecycle'
import {
  ORDER_LIST_MAX_PER_PAGE,
  type OrderListParams,
  type OrderListSort,
} from '#validators/order_list'

/*
| The staff order list: filters on the three status axes, text search, sort,
| server-side pagination and counts per status, in exactly TWO queries
| whatever the table size, page size or filters (run concurrently):
|
|   1. the page: orders ⟕ users (customer name), filtered, sorted, LIMIT/OFFSET;
|   2. the orders matching the text search counted per (orderStatus,
|      paymentStatus, fulfillmentStatus) combination, at most 216 rows; the
|      total for the pagination meta and every per-status count are summed
|      from them.
|
| Counts are faceted: each axis's counts apply the text search and the filters
| of the two OTHER axes, not its own. With paymentStatus=paid selected, the
| orderStatus counts say how many paid orders each order status has, and the
| paymentStatus counts still show how many there are of each payment status,
| so a filter tab always shows what clicking it would list.
|
| Text search: every word must appear (case-insensitive, anywhere) in the
| order number, intake name or intake email, or in the claiming customer's
| name or email. Both sides are trigram GIN indexed (migration
| 1763800000010), and the search is written as `o.id in (… union …)` so that
| each side can use its own index instead of a sequential scan of orders.
*/

/** The SQL expression the orders trigram index is built on (keep both identical). */
export const ORDER_SEARCH_SQL = `(order_number || ' ' || intake_name || ' ' || intake_email)`
/** The same for users (the customer who claimed the order). */
export const USER_SEARCH_SQL = `(first_name || ' ' || last_name || ' ' || email)`

export const ORDER_LIST_DEFAULT_PER_PAGE = 25
const MAX_SEARCH_WORDS = 5

/**
 * ILIKE patterns, one per word of a search box (at most five words): `%word%`
 * with the LIKE wildcards of the input escaped, so `50%` or `a_b` match
 * literally.
 */
export function likePatterns(q?: string | null): string[] {
  if (!q) return []
  return q
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, MAX_SEARCH_WORDS)
    .map((word) => `%${word.replace(/[\\%_]/g, (character) => `\\${character}`)}%`)
}

export type FulfillmentFilter = FulfillmentStatus | typeof FULFILLMENT_NOT_STARTED

export type OrderListRow = {
  id: number
  publicId: string
  orderNumber: string
  intakeName: string
  intakeEmail: string
  /** The claiming customer's account name; null until the order is claimed. */
  customerName: string | null
  orderStatus: OrderStatus
  paymentStatus: PaymentStatus
  fulfillmentStatus: FulfillmentStatus | null
  totalGrossCents: number
  /** ISO 8601. */
  createdAt: string
}

export type OrderListCounts = {
  orderStatus: Record<OrderStatus, number>
  paymentStatus: Record<PaymentStatus, number>
  fulfillmentStatus: Record<FulfillmentFilter, number>
}

export type OrderListResult = {
  rows: OrderListRow[]
  meta: { total: number; page: number; perPage: number; lastPage: number }
  counts: OrderListCounts
  /** The parameters with their defaults applied (for the UI's links). */
  params: Required<Pick<OrderListParams, 'sort' | 'direction' | 'page' | 'perPage'>> &
    Pick<OrderListParams, 'orderStatus' | 'paymentStatus' | 'fulfillmentStatus' | 'q'>
}

/** Sort keys → columns; `o.id` breaks ties so pages never overlap or skip rows. */
const SORT_COLUMNS: Record<OrderListSort, string> = {
  created_at: 'o.created_at',
  order_number: 'o.order_number',
  total: 'o.total_gross_cents',
  customer: 'o.intake_name',
}

type Condition = { sql: string; bindings: (string | number)[] }

const TRUE: Condition = { sql: 'true', bindings: [] }

function and(...conditions: Condition[]): Condition {
  const parts = conditions.filter((condition) => condition.sql !== 'true')
  if (parts.length === 0) return TRUE
  return {
    sql: parts.map((part) => `(${part.sql})`).join(' and '),
    bindings: parts.flatMap((part) => part.bindings),
  }
}

function orderStatusIs(status: OrderStatus | undefined): Condition {
  return status ? { sql: 'o.order_status = ?', bindings: [status] } : TRUE
}

function paymentStatusIs(status: PaymentStatus | undefined): Condition {
  return status ? { sql: 'o.payment_status = ?', bindings: [status] } : TRUE
}

function fulfillmentStatusIs(status: FulfillmentFilter | undefined): Condition {
  if (!status) return TRUE
  if (status === FULFILLMENT_NOT_STARTED)
    return { sql: 'o.fulfillment_status is null', bindings: [] }
  return { sql: 'o.fulfillment_status = ?', bindings: [status] }
}

/** Every word in the order's own text, or every word in its customer's. */
function searchCondition(q: string | undefined): Condition {
  const patterns = likePatterns(q)
  if (patterns.length === 0) return TRUE
  const all = (expression: string) => patterns.map(() => `${expression} ilike ?`).join(' and ')
  return {
    sql: `o.id in (
      select id from orders where ${all(ORDER_SEARCH_SQL)}
      union
      select c.id from orders c where c.customer_id in (
        select id from users where ${all(USER_SEARCH_SQL)}
      )
    )`,
    bindings: [...patterns, ...patterns],
  }
}

function where(query: DatabaseQueryBuilderContract, condition: Condition) {
  if (condition.sql !== 'true') query.whereRaw(condition.sql, condition.bindings)
  return query
}

export default class OrderListQuery {
  async run(params: OrderListParams = {}): Promise<OrderListResult> {
    const sort = params.sort ?? 'created_at'
    const direction = params.direction ?? 'desc'
    const page = Math.max(params.page ?? 1, 1)
    const perPage = Math.min(
      Math.max(params.perPage ?? ORDER_LIST_DEFAULT_PER_PAGE, 1),
      ORDER_LIST_MAX_PER_PAGE
    )

    const search = searchCondition(params.q)
    const byOrder = orderStatusIs(params.orderStatus)
    const byPayment = paymentStatusIs(params.paymentStatus)
    const byFulfillment = fulfillmentStatusIs(params.fulfillmentStatus)

    const [rows, aggregate] = await Promise.all([
      this.#page(and(search, byOrder, byPayment, byFulfillment), sort, direction, page, perPage),
      this.#aggregate(search, params),
    ])

    return {
      rows,
      meta: {
        total: aggregate.total,
        page,
        perPage,
        lastPage: Math.max(1, Math.ceil(aggregate.total / perPage)),
      },
      counts: aggregate.counts,
      params: {
        orderStatus: params.orderStatus,
        paymentStatus: params.paymentStatus,
        fulfillmentStatus: params.fulfillmentStatus,
        q: params.q,
        sort,
        direction,
        page,
        perPage,
      },
    }
  }

  async #page(
    filter: Condition,
    sort: OrderListSort,
    direction: 'asc' | 'desc',
    page: number,
    perPage: number
  ): Promise<OrderListRow[]> {
    const query = db
      .from('orders as o')
      .leftJoin('users as u', 'u.id', 'o.customer_id')
      .select(
        'o.id',
        'o.public_id',
        'o.order_number',
        'o.intake_name',
        'o.intake_email',
        'u.first_name',
        'u.last_name',
        'o.order_status',
        'o.payment_status',
        'o.fulfillment_status',
        'o.total_gross_cents',
        'o.created_at'
      )
    where(query, filter)
      .orderBy(SORT_COLUMNS[sort], direction)
      .orderBy('o.id', direction)
      .limit(perPage)
      .offset((page - 1) * perPage)

    const rows: Record<string, any>[] = await query
    return rows.map((row) => ({
      id: row.id,
      publicId: row.public_id,
      orderNumber: row.order_number,
      intakeName: row.intake_name,
      intakeEmail: row.intake_email,
      customerName:
        row.first_name === null ? null : `${row.first_name} ${row.last_name}`.trim() || null,
      orderStatus: row.order_status,
      paymentStatus: row.payment_status,
      fulfillmentStatus: row.fulfillment_status,
      totalGrossCents: row.total_gross_cents,
      createdAt: DateTime.fromJSDate(row.created_at).toISO()!,
    }))
  }

  /**
   * The total and every faceted per-status count, from ONE grouped query: the
   * orders matching the text search, counted per combination of the three
   * statuses (at most 6 × 4 × 9 = 216 rows whatever the table size; an index
   * on the three columns serves it with an index-only scan). The facets are
   * then summed from those groups, so no count needs a query of its own.
   */
  async #aggregate(
    search: Condition,
    filters: Pick<OrderListParams, 'orderStatus' | 'paymentStatus' | 'fulfillmentStatus'>
  ) {
    const query = db
      .from('orders as o')
      .select('o.order_status', 'o.payment_status', 'o.fulfillment_status')
      .count('* as count')
      .groupBy('o.order_status', 'o.payment_status', 'o.fulfillment_status')
    const groups = (await where(query, search)) as {
      order_status: OrderStatus
      payment_status: PaymentStatus
      fulfillment_status: FulfillmentStatus | null
      count: number
    }[]

    const zeros = <S extends string>(statuses: readonly S[]) =>
      Object.fromEntries(statuses.map((status) => [status, 0])) as Record<S, number>
    const counts: OrderListCounts = {
      orderStatus: zeros(ORDER_STATUSES),
      paymentStatus: zeros(PAYMENT_STATUSES),
      fulfillmentStatus: zeros([FULFILLMENT_NOT_STARTED, ...FULFILLMENT_STATUSES] as const),
    }
    let total = 0
    for (const group of groups) {
      const count = Number(group.count)
      const fulfillment = group.fulfillment_status ?? FULFILLMENT_NOT_STARTED
      const order = !filters.orderStatus || group.order_status === filters.orderStatus
      const payment = !filters.paymentStatus || group.payment_status === filters.paymentStatus
      const fulfilment = !filters.fulfillmentStatus || fulfillment === filters.fulfillmentStatus
      if (order && payment && fulfilment) total += count
      if (payment && fulfilment) counts.orderStatus[group.order_status] += count
      if (order && fulfilment) counts.paymentStatus[group.payment_status] += count
      if (order && payment) counts.fulfillmentStatus[fulfillment] += count
    }
    return { total, counts }
  }
}
