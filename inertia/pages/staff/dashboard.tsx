import { Link } from '@adonisjs/inertia/react'
import StaffLayout from '~/layouts/staff_layout'
import { DataTable } from '~/components/staff/data_table'
import { CustomerCell, OrderLink } from '~/components/staff/order_cells'
import type { Data } from '@generated/data'
import type { InertiaProps } from '~/types'

type Section = { title: string; href: string; text: string }
type Stats = Data.DashboardStats

type Props = {
  firstName: string
  sections: Section[]
  /** The windows of the lists, in days. */
  expiringWithinDays: number
  popularDays: number
  stats: Stats
}

function daysLeftText(days: number) {
  if (days === 0) return 'last day today'
  return days === 1 ? '1 day' : `${days} days`
}

/**
 * Revenue per month as bars, in plain SVG: one bar per month, scaled to the
 * best month. The exact figures are in the table under it (screen readers
 * read that table; the drawing is decoration for them).
 */
function RevenueChart({ months }: { months: Stats['revenueByMonth'] }) {
  const width = 720
  const height = 220
  const axis = 24
  const slot = width / months.length
  const max = Math.max(...months.map((month) => month.revenueCents), 1)
  return (
    <svg
      className="revenue-chart"
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
    >
      <line x1={0} y1={height - axis} x2={width} y2={height - axis} className="axis" />
      {months.map((month, index) => {
        const barHeight = Math.round(((height - axis - 8) * month.revenueCents) / max)
        const x = index * slot
        return (
          <g key={month.month}>
            <title>{`${month.label}: ${month.revenue} (${month.orders} orders)`}</title>
            <rect
              x={x + slot * 0.15}
              y={height - axis - barHeight}
              width={slot * 0.7}
              height={barHeight}
              className="bar"
            />
            <text x={x + slot / 2} y={height - 6} textAnchor="middle">
              {month.label}
            </text>
          </g>
        )
      })}
    </svg>
  )
}

export default function StaffDashboard({
  firstName,
  sections,
  expiringWithinDays,
  popularDays,
  stats,
}: InertiaProps<Props>) {
  const { todayLabel, axes, revenueByMonth, revenue, popularComponents, expiringQuotes } = stats
  return (
    <StaffLayout title="Dashboard">
      <p className="eyebrow">Dashboard</p>
      <h1>Staff back office</h1>
      <p className="lead">
        Welcome, {firstName}. Figures as of {todayLabel} (Athens time).
      </p>

      <section aria-labelledby="revenue-heading" className="dashboard-block">
        <h2 id="revenue-heading">Revenue, last {revenueByMonth.length} months</h2>
        <p className="muted">Paid orders by payment date; refunded payments are left out.</p>
        <dl className="kpis">
          <div>
            <dt>Revenue</dt>
            <dd className="mono">{revenue.total}</dd>
          </div>
          <div>
            <dt>Paid orders</dt>
            <dd className="mono">{revenue.paidOrders}</dd>
          </div>
          <div>
            <dt>Average order value</dt>
            <dd className="mono">{revenue.averageOrderValue}</dd>
          </div>
        </dl>
        <RevenueChart months={revenueByMonth} />
        <details>
          <summary>Revenue per month (table)</summary>
          <DataTable
            rows={revenueByMonth}
            rowKey={(month) => month.month}
            columns={[
              { label: 'Month', cell: (month) => month.label },
              { label: 'Paid orders', className: 'mono', cell: (month) => month.orders },
              { label: 'Revenue', className: 'mono', cell: (month) => month.revenue },
            ]}
          />
        </details>
      </section>

      <section aria-labelledby="status-heading" className="dashboard-block">
        <h2 id="status-heading">Orders by status</h2>
        <div className="status-axes">
          {axes.map((axis) => (
            <table key={axis.value} className="table status-counts">
              <caption>{axis.label}</caption>
              <tbody>
                {axis.statuses.map((status) => (
                  <tr key={status.value}>
                    <th scope="row">
                      <Link route="staff.orders.index" qs={{ [axis.value]: status.value }}>
                        {status.label}
                      </Link>
                    </th>
                    <td className="mono">{status.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </div>
      </section>

      <section aria-labelledby="expiring-heading" className="dashboard-block">
        <h2 id="expiring-heading">Quotes expiring within {expiringWithinDays} days</h2>
        <DataTable
          rows={expiringQuotes}
          rowKey={(quote) => quote.id}
          columns={[
            {
              label: 'Order',
              className: 'mono',
              cell: (quote) => <OrderLink id={quote.id} number={quote.orderNumber} />,
            },
            {
              label: 'Customer',
              cell: (quote) => <CustomerCell name={quote.intakeName} email={quote.intakeEmail} />,
            },
            {
              label: 'Status',
              cell: (quote) => <span className="badge">{quote.orderStatusLabel}</span>,
            },
            {
              label: 'Valid until',
              cell: (quote) => (
                <>
                  {quote.validUntil}{' '}
                  <span className={quote.daysLeft === 0 ? 'badge danger' : 'badge'}>
                    {daysLeftText(quote.daysLeft)}
                  </span>
                </>
              ),
            },
            { label: 'Total', className: 'mono', cell: (quote) => quote.total },
          ]}
          empty={<p className="muted">No open quote expires within {expiringWithinDays} days.</p>}
        />
      </section>

      <section aria-labelledby="popular-heading" className="dashboard-block">
        <h2 id="popular-heading">Most quoted components, last {popularDays} days</h2>
        <DataTable
          rows={popularComponents}
          rowKey={(component) => component.componentId}
          columns={[
            { label: 'Component', cell: (component) => component.name },
            { label: 'Category', cell: (component) => component.category ?? '—' },
            { label: 'Quotes', className: 'mono', cell: (component) => component.quoteCount },
            { label: 'Units', className: 'mono', cell: (component) => component.quantity },
          ]}
          empty={
            <p className="muted">
              No quote with catalog components was published in the last {popularDays} days.
            </p>
          }
        />
      </section>

      <div className="sections">
        {sections.map((section) => (
          <Link key={section.title} href={section.href} className="section-card">
            <h2>{section.title}</h2>
            <p className="muted">{section.text}</p>
          </Link>
        ))}
      </div>
    </StaffLayout>
  )
}
