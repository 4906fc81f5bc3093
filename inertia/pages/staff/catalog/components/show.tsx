import { Link } from '@adonisjs/inertia/react'
import type { Data } from '@generated/data'
import StaffLayout, { Field } from '~/layouts/staff_layout'
import { ActivityList } from '~/components/staff_list'
import { ActiveBadge, NOT_OFFERED } from '~/components/staff/badges'
import { Card, Facts } from '~/components/staff/card'
import { CatalogActivation } from '~/components/staff/catalog_row'
import { DataTable, RoutePager } from '~/components/staff/data_table'
import { MoneyField, StackForm } from '~/components/staff/forms'
import type { InertiaProps, Paginated } from '~/types'

type PriceRow = Data.ComponentPrice

type Props = {
  component: Data.Component.Variants['forPage']
  history: Paginated<PriceRow>
  /** Oldest first, at most the newest 100 prices. */
  chart: PriceRow[]
  /** Each supplier's latest price, cheapest first. */
  suppliers: PriceRow[]
  activity: Data.ActivityLog[]
  moneyHint: string
}

export default function CatalogComponent({
  component,
  history,
  chart,
  suppliers,
  activity,
  moneyHint,
}: InertiaProps<Props>) {
  return (
    <StaffLayout title={component.name}>
      <p>
        <Link route="staff.catalog.components.index">← Components</Link>
      </p>
      <div className="page-heading">
        <h1>{component.name}</h1>
        <Link
          route="staff.catalog.components.edit"
          routeParams={{ id: component.id }}
          className="button"
        >
          Edit
        </Link>
      </div>

      <div className="detail-grid">
        <Card id="facts" title="Component">
          <Facts
            facts={[
              { term: 'Category', value: component.category },
              { term: 'SKU', value: component.sku ?? '—', className: 'mono' },
              { term: 'Price', value: component.price, className: 'mono' },
              {
                term: 'Status',
                value: <ActiveBadge active={component.active} inactiveLabel={NOT_OFFERED} />,
              },
              ...component.specs.map((spec) => ({ term: spec.label, value: spec.value })),
              { term: 'Last changed', value: component.updatedAt },
            ]}
          />
          <CatalogActivation
            name={component.name}
            active={component.active}
            activate="staff.catalog.components.activate"
            deactivate="staff.catalog.components.deactivate"
            routeParams={{ id: component.id }}
          />
        </Card>

        <Card id="record" title="Record a supplier price">
          <StackForm
            route="staff.catalog.components.prices.store"
            routeParams={{ id: component.id }}
            resetOnSuccess
            submitLabel="Record price"
            small
          >
            {({ errors }) => (
              <>
                <Field name="supplier" label="Supplier" error={errors.supplier}>
                  {(props) => (
                    <input
                      {...props}
                      required
                      maxLength={120}
                      list="known-suppliers"
                      autoComplete="off"
                    />
                  )}
                </Field>
                <datalist id="known-suppliers">
                  {suppliers.map((row) => (
                    <option key={row.supplier} value={row.supplier} />
                  ))}
                </datalist>
                <MoneyField
                  name="price"
                  label="Supplier price"
                  vatIncluded={false}
                  hint={moneyHint}
                  error={errors.price}
                  required
                />
                <Field
                  name="recordedAt"
                  label="Quoted on (optional)"
                  hint="Today when left empty."
                  error={errors.recordedAt}
                >
                  {(props) => <input {...props} type="date" />}
                </Field>
                <div className="field">
                  <label className="checkbox">
                    <input type="checkbox" name="updateCurrentPrice" value="true" /> Also make it
                    the current price (now {component.price})
                  </label>
                </div>
              </>
            )}
          </StackForm>
        </Card>
      </div>

      <Card id="history" title="Price history">
        {chart.length > 0 ? (
          <PriceChart points={chart} current={component} />
        ) : (
          <p className="muted">No supplier price recorded yet.</p>
        )}

        {suppliers.length > 0 && (
          <>
            <h3>Latest price per supplier</h3>
            <ul className="supplier-prices">
              {suppliers.map((row) => (
                <li key={row.id}>
                  {row.supplier} <span className="mono">{row.price}</span>{' '}
                  <span className="muted">({row.recordedOn})</span>
                </li>
              ))}
            </ul>
          </>
        )}

        <DataTable
          rows={history.data}
          rowKey={(row) => row.id}
          columns={[
            { label: 'Quoted on', cell: (row) => row.recordedOn },
            { label: 'Supplier', cell: (row) => row.supplier },
            { label: 'Supplier price', className: 'mono', cell: (row) => row.price },
            { label: 'Recorded', cell: (row) => row.createdAt },
          ]}
        />
        <RoutePager
          meta={history.metadata}
          route="staff.catalog.components.show"
          routeParams={{ id: component.id }}
          preserveScroll
        />
      </Card>

      <Card id="log" title="Changes">
        <ActivityList entries={activity} />
      </Card>
    </StaffLayout>
  )
}

const CHART = { width: 640, height: 220, left: 80, right: 16, top: 16, bottom: 32 }
const SERIES_CLASSES = 5

/**
 * Supplier prices over time, one line per supplier, with the current price as
 * a dashed line. Plain SVG; the table under it carries the same numbers for
 * screen readers.
 */
function PriceChart({
  points,
  current,
}: {
  points: PriceRow[]
  current: { priceCents: number; price: string }
}) {
  const times = points.map((point) => point.recordedAtMs)
  const cents = [...points.map((point) => point.priceCents), current.priceCents]
  const [minTime, maxTime] = [Math.min(...times), Math.max(...times)]
  const [minCents, maxCents] = [Math.min(...cents), Math.max(...cents)]
  const plotWidth = CHART.width - CHART.left - CHART.right
  const plotHeight = CHART.height - CHART.top - CHART.bottom
  // A single day or a single price still gets a visible, centred line.
  const x = (time: number) =>
    CHART.left +
    (maxTime === minTime ? plotWidth / 2 : ((time - minTime) / (maxTime - minTime)) * plotWidth)
  const y = (value: number) =>
    CHART.top +
    (maxCents === minCents
      ? plotHeight / 2
      : ((maxCents - value) / (maxCents - minCents)) * plotHeight)

  const suppliers = [...new Set(points.map((point) => point.supplier))]
  const cheapest = points.find((point) => point.priceCents === minCents)
  const dearest = points.find((point) => point.priceCents === maxCents)

  return (
    <figure className="price-chart">
      <svg
        viewBox={`0 0 ${CHART.width} ${CHART.height}`}
        role="img"
        aria-label={`Supplier prices of ${suppliers.length} supplier(s) from ${points[0].recordedOn} to ${points[points.length - 1].recordedOn}`}
      >
        <line
          className="axis"
          x1={CHART.left}
          y1={CHART.top + plotHeight}
          x2={CHART.width - CHART.right}
          y2={CHART.top + plotHeight}
        />
        <text className="label" x={CHART.left - 8} y={y(maxCents) + 4} textAnchor="end">
          {maxCents === current.priceCents ? current.price : dearest?.price}
        </text>
        {maxCents !== minCents && (
          <text className="label" x={CHART.left - 8} y={y(minCents) + 4} textAnchor="end">
            {minCents === current.priceCents ? current.price : cheapest?.price}
          </text>
        )}
        <text className="label" x={CHART.left} y={CHART.height - 8}>
          {points[0].recordedOn}
        </text>
        <text className="label" x={CHART.width - CHART.right} y={CHART.height - 8} textAnchor="end">
          {points[points.length - 1].recordedOn}
        </text>
        <line
          className="current"
          x1={CHART.left}
          y1={y(current.priceCents)}
          x2={CHART.width - CHART.right}
          y2={y(current.priceCents)}
        />
        {suppliers.map((supplier, index) => {
          const own = points.filter((point) => point.supplier === supplier)
          const seriesClass = `series series-${index % SERIES_CLASSES}`
          return (
            <g key={supplier} className={seriesClass}>
              <polyline
                points={own
                  .map((point) => `${x(point.recordedAtMs)},${y(point.priceCents)}`)
                  .join(' ')}
              />
              {own.map((point) => (
                <circle key={point.id} cx={x(point.recordedAtMs)} cy={y(point.priceCents)} r={3.5}>
                  <title>
                    {point.supplier}: {point.price} ({point.recordedOn})
                  </title>
                </circle>
              ))}
            </g>
          )
        })}
      </svg>
      <figcaption className="chart-legend">
        {suppliers.map((supplier, index) => (
          <span key={supplier} className={`series-${index % SERIES_CLASSES}`}>
            {supplier}
          </span>
        ))}
        <span className="current">current price {current.price}</span>
      </figcaption>
    </figure>
  )
}
