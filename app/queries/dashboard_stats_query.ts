import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { ComponentCategory, OrderStatus } from '#domain/statuses'
import { SHOP_TIME_ZONE } from '#domain/shop_calendar'
import OrderStatusCountsQuery, { type StatusCounts } from '#queries/order_status_counts_query'

/*
| The staff dashboard (SPEC §5, staff flow 6) in FOUR queries, run
| concurrently, whatever the number of orders:
|
|   1. orders per status, each axis (the counts the database keeps per
|      combination of the three statuses, order_status_counts: ≤ 216 rows);
|   2. revenue per Athens calendar month of the window, with the number of
|      orders: sum of totalGrossCents of the orders with a paidAt in the
|      window whose payment was not refunded;
|   3. the components quoted most often in the last 90 days: published
|      orders (publishedAt in the window) counted once per component line
|      copied from the catalog, ties broken by quantity then name;
|   4. open quotes (quote or claimed, not yet accepted) whose validity ends
|      between today and today + 3 days, Athens dates.
|
| Average order value = revenue of the window ÷ paid orders of the window, in
| integer cents ROUNDED DOWN (floor of the integer division): the dashboard
| never shows more than was actually taken. 0 when nothing was paid.
*/

export type { StatusCounts }

export type MonthRevenue = {
  /** Athens calendar month, `YYYY-MM`. */
  month: string
  revenueCents: number
  orders: number
}

export type PopularComponent = {
  componentId: number
  /** The catalog's current name, or the name the lines copied if the row is gone. */
  name: string
  category: ComponentCategory | null
  /** Distinct published orders that quoted it. */
  quoteCount: number
  /** Units over those quotes. */
  quantity: number
}

export type ExpiringQuote = {
  id: number
  publicId: string
  orderNumber: string
  intakeName: string
  intakeEmail: string
  orderStatus: OrderStatus
  /** YYYY-MM-DD (Athens calendar day, valid through its end). */
  quoteValidUntil: string
  /** 0 = last day today. */
  daysLeft: number
  totalGrossCents: number
}

export type DashboardStats = {
  /** The Athens day the numbers are for. */
  today: string
  ordersByStatus: StatusCounts
  /** Every month of the window, oldest first, zero months included. */
  revenueByMonth: MonthRevenue[]
  revenue: { totalCents: number; paidOrders: number; averageOrderValueCents: number }
  popularComponents: PopularComponent[]
  expiringQuotes: ExpiringQuote[]
}

export type DashboardOptions = {
  now?: DateTime
  /** Months of revenue, the current one included. */
  months?: number
  popularDays?: number
  popularLimit?: number
  expiringWithinDays?: number
  expiringLimit?: number
}

@inject()
export default class DashboardStatsQuery {
  constructor(protected statusCounts: OrderStatusCountsQuery) {}

  async run(options: DashboardOptions = {}): Promise<DashboardStats> {
    const now = (options.now ?? DateTime.now()).setZone(SHOP_TIME_ZONE)
    const months = Math.min(Math.max(options.months ?? 12, 1), 120)
    const today = now.startOf('day')
    const firstMonth = now.startOf('month').minus({ months: months - 1 })
    const afterLastMonth = now.startOf('month').plus({ months: 1 })

    const [ordersByStatus, revenueRows, popularComponents, expiringQuotes] = await Promise.all([
      this.#statusCounts(),
      this.#revenueByMonth(firstMonth, afterLastMonth),
      this.#popularComponents(
        now.minus({ days: options.popularDays ?? 90 }),
        options.popularLimit ?? 10
      ),
      this.#expiringQuotes(
        today,
        today.plus({ days: options.expiringWithinDays ?? 3 }),
        options.expiringLimit ?? 20
      ),
    ])

    const byMonth = new Map(revenueRows.map((row) => [row.month, row]))
    const revenueByMonth: MonthRevenue[] = []
    for (let index = 0; index < months; index++) {
      const month = firstMonth.plus({ months: index }).toFormat('yyyy-MM')
      revenueByMonth.push(byMonth.get(month) ?? { month, revenueCents: 0, orders: 0 })
    }
    const totalCents = revenueByMonth.reduce((sum, row) => sum + row.revenueCents, 0)
    const paidOrders = revenueByMonth.reduce((sum, row) => sum + row.orders, 0)

    return {
      today: today.toISODate()!,
      ordersByStatus,
      revenueByMonth,
      revenue: {
        totalCents,
        paidOrders,
        averageOrderValueCents: paidOrders === 0 ? 0 : Math.floor(totalCents / paidOrders),
      },
      popularComponents,
      expiringQuotes,
    }
  }

  /** Orders per status of each axis, over the whole shop. */
  async #statusCounts(): Promise<StatusCounts> {
    const { counts } = await this.statusCounts.counts()
    return counts
  }

  async #revenueByMonth(from: DateTime, until: DateTime): Promise<MonthRevenue[]> {
    const result = await db.rawQuery<{
      rows: { month: string; revenue_cents: number; orders: number }[]
    }>(
      `select to_char(paid_at at time zone ?, 'YYYY-MM') as month,
              sum(total_gross_cents)::bigint as revenue_cents,
              count(*)::int as orders
         from orders
        where paid_at is not null
          and paid_at >= ? and paid_at < ?
          and payment_status <> 'refunded'
        group by 1
        order by 1`,
      [SHOP_TIME_ZONE, from.toJSDate(), until.toJSDate()]
    )
    return result.rows.map((row) => ({
      month: row.month,
      revenueCents: Number(row.revenue_cents),
      orders: row.orders,
    }))
  }

  async #popularComponents(since: DateTime, limit: number): Promise<PopularComponent[]> {
    const result = await db.rawQuery<{
      rows: {
        component_id: number
        name: string
        category: ComponentCategory | null
        quote_count: number
        quantity: number
      }[]
    }>(
      // Aggregated twice by hash (per component and order, then per component) rather
      // than with count(distinct …), which would sort every line of the window.
      `with quoted as (
         select l.source_id, l.order_id,
                sum(l.quantity) as quantity, max(l.name) as name, max(l.category) as category
           from order_lines l
           join orders o on o.id = l.order_id
          where l.kind = 'component'
            and l.source_id is not null
            and o.published_at is not null
            and o.published_at >= ?
          group by l.source_id, l.order_id
       ), per_component as (
         select source_id, count(*) as quote_count, sum(quantity) as quantity,
                max(name) as name, max(category) as category
           from quoted
          group by source_id
       )
       select p.source_id as component_id,
              coalesce(c.brand || ' ' || c.model, p.name) as name,
              coalesce(c.category, p.category) as category,
              p.quote_count::int as quote_count,
              p.quantity::int as quantity
         from per_component p
         left join components c on c.id = p.source_id
        order by quote_count desc, quantity desc, name asc, component_id asc
        limit ?`,
      [since.toJSDate(), limit]
    )
    return result.rows.map((row) => ({
      componentId: row.component_id,
      name: row.name,
      category: row.category,
      quoteCount: row.quote_count,
      quantity: row.quantity,
    }))
  }

  async #expiringQuotes(from: DateTime, until: DateTime, limit: number): Promise<ExpiringQuote[]> {
    const result = await db.rawQuery<{
      rows: {
        id: number
        public_id: string
        order_number: string
        intake_name: string
        intake_email: string
        order_status: OrderStatus
        valid_until: string
        total_gross_cents: number
      }[]
    }>(
      `select id, public_id, order_number, intake_name, intake_email, order_status,
              quote_valid_until::text as valid_until, total_gross_cents
         from orders
        where order_status in ('quote', 'claimed')
          and quote_valid_until between ?::date and ?::date
        order by quote_valid_until, id
        limit ?`,
      [from.toISODate()!, until.toISODate()!, limit]
    )
    return result.rows.map((row) => ({
      id: row.id,
      publicId: row.public_id,
      orderNumber: row.order_number,
      intakeName: row.intake_name,
      intakeEmail: row.intake_email,
      orderStatus: row.order_status,
      quoteValidUntil: row.valid_until,
      daysLeft: Math.round(
        DateTime.fromISO(row.valid_until, { zone: SHOP_TIME_ZONE }).diff(from, 'days').days
      ),
      totalGrossCents: row.total_gross_cents,
    }))
  }
}
