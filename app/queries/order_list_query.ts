import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import type { DatabaseQueryBuilderContract } from '@adonisjs/lucid/types/querybuilder'
import type { FulfillmentStatus, OrderStatus, PaymentStatus } from '#domain/statuses'
import { FULFILLMENT_NOT_STARTED } from '#domain/order_lifecycle'
import { likePatterns } from '#queries/like_patterns'
import { CompiledStatement } from '#queries/compiled_statement'
import { BoundedMemo } from '#domain/bounded_memo'
import OrderStatusCountsQuery, {
  facetCounts,
  type FulfillmentFilter,
  type StatusCounts,
  type StatusGroup,
} from '#queries/order_status_counts_query'
import {
  ORDER_LIST_MAX_PER_PAGE,
  type OrderListParams,
  type OrderListSort,
} from '#validators/order_list'

/*
| The staff order list: filters on the three status axes, text search, sort,
| server-side pagination and counts per status, in exactly TWO queries
| whatever the table size, page size or filters (run concurrently), each
| reading a bounded number of rows at any table size:
|
|   1. the page: orders ⟕ users (customer name), filtered, sorted, LIMIT/OFFSET
|      (every sort column is indexed, so a page is an index walk that stops
|      after offset + perPage rows; ties on the sort column are broken by id),
|      plus one row more, which says whether a next page exists;
|   2. the counts. Without a text search: the per-status counts the database
|      keeps (order_status_counts, exact, ≤ 216 rows). With one: the matches
|      grouped per status combination, but at most ORDER_LIST_COUNT_CAP + 1 of
|      them are read. Up to the cap every count is exact; beyond it the list
|      says "more than 100" (meta.capped), gives no per-status counts for the
|      search, and pages on as long as a next page exists. With filters too,
|      the same statement counts the filtered matches, capped the same way.
|
| Why the cap is small: a common word is found by a scan that stops after
| cap + 1 matches, so the count reads about (cap + 1) ÷ (share of orders
| matching) rows. With a cap of 1000, "Schmidt" (one order in eight) read
| 8 000 rows at 50 000 orders and 500 at 500 orders: the search slowed down as
| the shop grew (npm run bench: 41 ms against 15 ms). At 100 it reads about
| 800 rows, no more than a page walk or a small shop's whole table.
|
| Counts are faceted (see facetCounts): each axis's counts apply the text
| search and the filters of the two OTHER axes, not its own.
|
| Text search: every word must appear (anywhere; ignoring case, Greek accents
| and final sigma) in the order number, intake name or intake email, or in
| the claiming customer's name or email — all in orders.search_text, folded
| by search_fold(), kept by triggers and trigram indexed (migrations
| 1763900000100 and 1763900000300). One LIKE per word on that
| one column lets the planner pick: walk the sort index and stop at a page of
| matches for a common word, or the trigram index for a rare one.
*/

/** Beyond this many matches of a text search the list says "more than 100 orders". */
export const ORDER_LIST_COUNT_CAP = 100

export const ORDER_LIST_DEFAULT_PER_PAGE = 25

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
  /** The driver's instant (formatMoment shows it in Athens time). */
  createdAt: Date
}

export type OrderListResult = {
  rows: OrderListRow[]
  meta: {
    /** Orders matching the search and filters; with `capped`, more than this many match. */
    total: number
    /** True when a text search matches more than ORDER_LIST_COUNT_CAP orders. */
    capped: boolean
    page: number
    perPage: number
    /**
     * The last page; with `capped`, the last page known to exist (the pages
     * the cap fills, or the one after this page when it exists).
     */
    lastPage: number
  }
  /** Faceted counts per status; null when the search matched more than the cap. */
  counts: StatusCounts | null
  /** The parameters with their defaults applied (for the UI's links). */
  params: Required<Pick<OrderListParams, 'sort' | 'direction' | 'page' | 'perPage'>> &
    Pick<OrderListParams, 'orderStatus' | 'paymentStatus' | 'fulfillmentStatus' | 'q' | 'customer'>
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

/** One customer's orders (the superadmin's user page links here). */
function customerIs(customerId: number | undefined): Condition {
  return customerId ? { sql: 'o.customer_id = ?', bindings: [customerId] } : TRUE
}

function fulfillmentStatusIs(status: FulfillmentFilter | undefined): Condition {
  if (!status) return TRUE
  if (status === FULFILLMENT_NOT_STARTED)
    return { sql: 'o.fulfillment_status is null', bindings: [] }
  return { sql: 'o.fulfillment_status = ?', bindings: [status] }
}

/**
 * Every word in the order's search text. The pattern is folded by the same
 * search_fold() that built the column (lower case, Greek accents and final
 * sigma folded), so both sides agree on every letter.
 */
function searchCondition(q: string | undefined): Condition {
  const patterns = likePatterns(q)
  if (patterns.length === 0) return TRUE
  return {
    sql: patterns.map(() => 'o.search_text like search_fold(?)').join(' and '),
    bindings: patterns,
  }
}

/**
 * The page statements of the list's shapes (filters, sort, page), each
 * compiled once (see CompiledStatement): the search words and the filters'
 * values are its parameters. The first page of every order is the
 * back office's busiest read.
 */
const PAGE_STATEMENTS = new BoundedMemo<CompiledStatement<unknown[]>>(1000)

function where(query: DatabaseQueryBuilderContract, condition: Condition) {
  if (condition.sql !== 'true') query.whereRaw(condition.sql, condition.bindings)
  return query
}

@inject()
export default class OrderListQuery {
  constructor(protected statusCounts: OrderStatusCountsQuery) {}

  async run(params: OrderListParams = {}): Promise<OrderListResult> {
    const sort = params.sort ?? 'created_at'
    const direction = params.direction ?? 'desc'
    const page = Math.max(params.page ?? 1, 1)
    const perPage = Math.min(
      Math.max(params.perPage ?? ORDER_LIST_DEFAULT_PER_PAGE, 1),
      ORDER_LIST_MAX_PER_PAGE
    )

    // A customer's orders are counted like a search's matches: the per-status
    // count table covers the whole shop only.
    const search = and(searchCondition(params.q), customerIs(params.customer))
    const filters = and(
      orderStatusIs(params.orderStatus),
      paymentStatusIs(params.paymentStatus),
      fulfillmentStatusIs(params.fulfillmentStatus)
    )

    const [pageRows, counted] = await Promise.all([
      this.#page(and(search, filters), sort, direction, page, perPage),
      search === TRUE
        ? this.statusCounts.counts(params).then((whole) => ({ ...whole, capped: false }))
        : this.#searchCounts(search, filters, params),
    ])

    const rows = pageRows.slice(0, perPage)
    const hasNextPage = pageRows.length > perPage
    // Capped: more than the cap match, so at least the pages the cap fills exist,
    // and this page and the next as far as the page query saw them.
    let lastPage = Math.max(1, Math.ceil(counted.total / perPage))
    if (counted.capped) {
      const seen = hasNextPage ? page + 1 : rows.length > 0 ? page : 1
      lastPage = Math.max(Math.ceil((ORDER_LIST_COUNT_CAP + 1) / perPage), seen)
    }

    return {
      rows,
      meta: { total: counted.total, capped: counted.capped, page, perPage, lastPage },
      counts: counted.counts,
      params: {
        orderStatus: params.orderStatus,
        paymentStatus: params.paymentStatus,
        fulfillmentStatus: params.fulfillmentStatus,
        q: params.q,
        customer: params.customer,
        sort,
        direction,
        page,
        perPage,
      },
    }
  }

  /** The rows of one page, and the first row of the next page when there is one. */
  async #page(
    filter: Condition,
    sort: OrderListSort,
    direction: 'asc' | 'desc',
    page: number,
    perPage: number
  ): Promise<OrderListRow[]> {
    const limit = perPage + 1
    const offset = (page - 1) * perPage
    const shape = [filter.sql, sort, direction, limit, offset].join('\u0000')
    const statement = PAGE_STATEMENTS.get(
      shape,
      () =>
        new CompiledStatement((...bindings: unknown[]) => {
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
          return where(query, { sql: filter.sql, bindings: bindings as string[] })
            .orderBy(SORT_COLUMNS[sort], direction)
            .orderBy('o.id', direction)
            .limit(limit)
            .offset(offset)
        }, filter.bindings.length)
    )
    const rows = await statement.rows<Record<string, any>>(...filter.bindings)
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
      createdAt: row.created_at as Date,
    }))
  }

  /**
   * Counts of a text search, reading at most ORDER_LIST_COUNT_CAP + 1 matches
   * (one statement): the matches grouped per status combination and, when
   * filters are set, the matches of the filters too (a row with null
   * statuses). Up to the cap the counts are exact and faceted as without a
   * search; beyond it only "more than the cap" is known.
   */
  async #searchCounts(
    search: Condition,
    filters: Condition,
    params: OrderListParams
  ): Promise<{ total: number; capped: boolean; counts: StatusCounts | null }> {
    const limit = ORDER_LIST_COUNT_CAP + 1
    const filtered = and(search, filters)
    const result = await db.rawQuery<{
      rows: {
        order_status: OrderStatus | null
        payment_status: PaymentStatus
        fulfillment_status: FulfillmentFilter
        count: number
      }[]
    }>(
      `select order_status, payment_status, fulfillment_status, count(*)::int as count
         from (select o.order_status, o.payment_status,
                      coalesce(o.fulfillment_status, ?) as fulfillment_status
                 from orders o where ${search.sql} limit ?) matches
        group by 1, 2, 3
       ${
         filters === TRUE
           ? ''
           : `union all
       select null, null, null, count(*)::int
         from (select 1 from orders o where ${filtered.sql} limit ?) filtered`
       }`,
      [
        FULFILLMENT_NOT_STARTED,
        ...search.bindings,
        limit,
        ...(filters === TRUE ? [] : [...filtered.bindings, limit]),
      ]
    )

    const groups: StatusGroup[] = []
    let filteredMatches: number | undefined
    for (const row of result.rows) {
      if (row.order_status === null) {
        filteredMatches = row.count
      } else {
        groups.push({
          orderStatus: row.order_status,
          paymentStatus: row.payment_status,
          fulfillmentStatus: row.fulfillment_status,
          count: row.count,
        })
      }
    }
    const matches = groups.reduce((sum, group) => sum + group.count, 0)
    if (matches <= ORDER_LIST_COUNT_CAP) return { ...facetCounts(groups, params), capped: false }

    const total = filteredMatches ?? matches
    return {
      total: Math.min(total, ORDER_LIST_COUNT_CAP),
      capped: total > ORDER_LIST_COUNT_CAP,
      counts: null,
    }
  }
}
