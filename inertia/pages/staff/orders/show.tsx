import { Form, Link } from '@adonisjs/inertia/react'
import { Fragment } from 'react'
import StaffLayout, { formatDate } from '~/layouts/staff_layout'
import type { InertiaProps } from '~/types'
import { statusLabel } from '~/lib/status_labels'

type Axis = 'orderStatus' | 'paymentStatus' | 'fulfillmentStatus'

type Action = { axis: Axis; to: string; requiresReason: boolean }

type TimelineEntry =
  | {
      kind: 'status'
      id: number
      at: string
      actor: string | null
      axis: Axis
      from: string | null
      to: string
      reason: string | null
    }
  | {
      kind: 'activity'
      id: number
      at: string
      actor: string | null
      action: string
      details: string
    }

type Props = {
  order: {
    id: number
    orderNumber: string
    orderStatus: string
    paymentStatus: string
    fulfillmentStatus: string | null
    customer: { name: string; email: string } | null
    intake: {
      name: string
      email: string
      phone: string | null
      useCase: string | null
      budget: string | null
    }
    notes: string | null
    internalNotes: string | null
    claimCode: string | null
    quoteValidUntil: string | null
    createdAt: string
    paidAt: string | null
    invoiceReference: string | null
    deliveredAt: string | null
  }
  lines: {
    id: number
    kind: string
    name: string
    description: string | null
    sku: string | null
    quantity: number
    unitPrice: string
    total: string
    vatRate: string
    priceOverrideReason: string | null
  }[]
  totals: {
    net: string
    vat: string
    gross: string
    byRate: { rate: string; net: string; vat: string; gross: string }[]
  }
  actions: Action[]
  timeline: TimelineEntry[]
}

const AXES: { key: Axis; label: string }[] = [
  { key: 'orderStatus', label: 'Order' },
  { key: 'paymentStatus', label: 'Payment' },
  { key: 'fulfillmentStatus', label: 'Fulfilment' },
]

const AXIS_LABELS = Object.fromEntries(AXES.map((axis) => [axis.key, axis.label])) as Record<
  Axis,
  string
>

/** What each button says; a change not listed reads "Set to <status>". */
const ACTION_LABELS: Partial<Record<Axis, Record<string, string>>> = {
  orderStatus: {
    quote: 'Publish quote (valid 14 days)',
    confirmed: 'Confirm order',
    completed: 'Complete order',
    cancelled: 'Cancel order',
  },
  paymentStatus: {
    awaiting_payment: 'Request payment',
    paid: 'Record payment',
    unpaid: 'Reset to unpaid',
    refunded: 'Refund',
  },
  fulfillmentStatus: {
    awaiting_parts: 'Start fulfilment (awaiting parts)',
  },
}

function actionLabel(action: Action, current: string | null) {
  const label = ACTION_LABELS[action.axis]?.[action.to]
  if (label) return label
  if (
    action.axis === 'fulfillmentStatus' &&
    action.to === 'assembling' &&
    current !== 'awaiting_parts'
  ) {
    return 'Back to assembling (rework)'
  }
  return `Set to ${statusLabel(action.to)}`
}

function StatusBadge({ status }: { status: string | null }) {
  return status ? (
    <span className="badge">{statusLabel(status)}</span>
  ) : (
    <span className="muted">not started</span>
  )
}

/** A change that needs a written reason: the button opens a small form asking for it. */
function ReasonAction({
  orderId,
  action,
  label,
}: {
  orderId: number
  action: Action
  label: string
}) {
  // Several of these forms can be on the page at once (cancel, refund): ids per change.
  const id = `reason-${action.axis}-${action.to}`
  return (
    <details
      className="reason-action"
      onToggle={(event) => {
        if (event.currentTarget.open) event.currentTarget.querySelector('textarea')?.focus()
      }}
    >
      <summary className="button small danger">{label}…</summary>
      <Form
        route="staff.orders.transitions"
        routeParams={{ id: orderId }}
        className="stack"
        options={{ preserveScroll: true }}
      >
        {({ processing }) => (
          <>
            <input type="hidden" name="axis" value={action.axis} />
            <input type="hidden" name="to" value={action.to} />
            <div className="field">
              <label htmlFor={id}>
                Reason ({AXIS_LABELS[action.axis]} → {action.to})
              </label>
              <span className="hint" id={`${id}-hint`}>
                Kept in the order history.
              </span>
              <textarea
                id={id}
                name="reason"
                aria-describedby={`${id}-hint`}
                rows={2}
                required
                maxLength={500}
              />
            </div>
            <button type="submit" className="button small danger" disabled={processing}>
              {label}
            </button>
          </>
        )}
      </Form>
    </details>
  )
}

export default function StaffOrder({
  order,
  lines,
  totals,
  actions,
  timeline,
  errors,
}: InertiaProps<Props>) {
  // One list of messages for all the status forms: they post the same fields.
  const formErrors = [errors?.axis, errors?.to, errors?.reason].filter(
    (message): message is string => typeof message === 'string'
  )

  return (
    <StaffLayout title={`Order ${order.orderNumber}`}>
      <p>
        <Link route="staff.orders.index">← All orders</Link>
      </p>
      <h1 className="mono">{order.orderNumber}</h1>
      {order.orderStatus === 'draft' && (
        <p>
          <Link className="button small" route="staff.quotes.edit" routeParams={{ id: order.id }}>
            Edit quote
          </Link>
        </p>
      )}

      <div className="detail-grid">
        <section className="card" aria-labelledby="customer-title">
          <h2 id="customer-title">Customer</h2>
          <dl className="facts">
            <dt>Account</dt>
            <dd>
              {order.customer ? (
                <>
                  {order.customer.name}
                  <br />
                  <span className="mono">{order.customer.email}</span>
                </>
              ) : (
                <span className="muted">not claimed yet</span>
              )}
            </dd>
            <dt>Intake name</dt>
            <dd>{order.intake.name}</dd>
            <dt>Intake email</dt>
            <dd className="mono">{order.intake.email}</dd>
            {order.intake.phone && (
              <>
                <dt>Phone</dt>
                <dd>{order.intake.phone}</dd>
              </>
            )}
            {order.intake.useCase && (
              <>
                <dt>Use case</dt>
                <dd>{order.intake.useCase}</dd>
              </>
            )}
            {order.intake.budget && (
              <>
                <dt>Budget</dt>
                <dd className="mono">{order.intake.budget}</dd>
              </>
            )}
            {order.notes && (
              <>
                <dt>Notes</dt>
                <dd>{order.notes}</dd>
              </>
            )}
            {order.internalNotes && (
              <>
                <dt>Internal notes</dt>
                <dd>{order.internalNotes}</dd>
              </>
            )}
            <dt>Created</dt>
            <dd>{formatDate(order.createdAt)}</dd>
            {order.claimCode && (
              <>
                <dt>Claim code</dt>
                <dd className="mono">{order.claimCode}</dd>
              </>
            )}
            {order.quoteValidUntil && (
              <>
                <dt>Quote valid until</dt>
                <dd>{order.quoteValidUntil}</dd>
              </>
            )}
            {order.paidAt && (
              <>
                <dt>Paid</dt>
                <dd>
                  {formatDate(order.paidAt)}
                  {order.invoiceReference && (
                    <span className="mono muted"> · {order.invoiceReference}</span>
                  )}
                </dd>
              </>
            )}
            {order.deliveredAt && (
              <>
                <dt>Delivered</dt>
                <dd>{formatDate(order.deliveredAt)}</dd>
              </>
            )}
          </dl>
        </section>

        <section className="card stack" aria-labelledby="status-title">
          <h2 id="status-title">Status</h2>
          {formErrors.length > 0 && (
            <div className="flash error" role="alert">
              {formErrors.map((message) => (
                <p key={message}>{message}</p>
              ))}
            </div>
          )}
          {AXES.map((axis) => {
            const current = order[axis.key]
            const offered = actions.filter((action) => action.axis === axis.key)
            return (
              <div key={axis.key} className="status-axis" aria-labelledby={`axis-${axis.key}`}>
                <h3 id={`axis-${axis.key}`}>
                  {axis.label} <StatusBadge status={current} />
                </h3>
                {offered.length ? (
                  <div className="actions">
                    {offered.map((action) => {
                      const label = actionLabel(action, current)
                      return action.requiresReason ? (
                        <ReasonAction
                          key={action.to}
                          orderId={order.id}
                          action={action}
                          label={label}
                        />
                      ) : (
                        <Form
                          key={action.to}
                          route="staff.orders.transitions"
                          routeParams={{ id: order.id }}
                          options={{ preserveScroll: true }}
                        >
                          {({ processing }) => (
                            <>
                              <input type="hidden" name="axis" value={action.axis} />
                              <input type="hidden" name="to" value={action.to} />
                              <button type="submit" className="button small" disabled={processing}>
                                {label}
                              </button>
                            </>
                          )}
                        </Form>
                      )
                    })}
                  </div>
                ) : (
                  <p className="muted">No change possible now.</p>
                )}
              </div>
            )
          })}
        </section>
      </div>

      <section className="card" aria-labelledby="lines-title">
        <h2 id="lines-title">Lines</h2>
        {lines.length ? (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col">Kind</th>
                <th scope="col">Qty</th>
                <th scope="col">Unit price</th>
                <th scope="col">VAT</th>
                <th scope="col">Total</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => (
                <tr key={line.id}>
                  <td data-label="Item">
                    {line.name}
                    {line.sku && <span className="mono muted"> · {line.sku}</span>}
                    {line.description && (
                      <>
                        <br />
                        <span className="muted">{line.description}</span>
                      </>
                    )}
                    {line.priceOverrideReason && (
                      <>
                        <br />
                        <span className="muted">Price override: {line.priceOverrideReason}</span>
                      </>
                    )}
                  </td>
                  <td data-label="Kind">{line.kind.replaceAll('_', ' ')}</td>
                  <td data-label="Qty" className="mono">
                    {line.quantity}
                  </td>
                  <td data-label="Unit price" className="mono">
                    {line.unitPrice}
                  </td>
                  <td data-label="VAT" className="mono">
                    {line.vatRate}
                  </td>
                  <td data-label="Total" className="mono">
                    {line.total}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">No lines yet.</p>
        )}
        <dl className="facts order-totals">
          {totals.byRate.map((group) => (
            <Fragment key={group.rate}>
              <dt>VAT {group.rate}</dt>
              <dd className="mono">
                {group.vat} on net {group.net}
              </dd>
            </Fragment>
          ))}
          <dt>Net</dt>
          <dd className="mono">{totals.net}</dd>
          <dt>VAT</dt>
          <dd className="mono">{totals.vat}</dd>
          <dt>Total</dt>
          <dd className="mono">
            <strong>{totals.gross}</strong>
          </dd>
        </dl>
      </section>

      <section className="card" aria-labelledby="history-title">
        <h2 id="history-title">History</h2>
        {timeline.length ? (
          <ol className="log">
            {timeline.map((entry) => (
              <li key={`${entry.kind}-${entry.id}`}>
                <span className="muted">{formatDate(entry.at)}</span>{' '}
                {entry.kind === 'status' ? (
                  <>
                    <strong>{AXIS_LABELS[entry.axis]}</strong>{' '}
                    <code>
                      {statusLabel(entry.from ?? 'none')} → {statusLabel(entry.to)}
                    </code>
                  </>
                ) : (
                  <code>{entry.action}</code>
                )}{' '}
                by {entry.actor ?? 'the system'}
                {entry.kind === 'status' && entry.reason && <> — “{entry.reason}”</>}
                {entry.kind === 'activity' && entry.details && (
                  <span className="muted"> — {entry.details}</span>
                )}
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">Nothing yet.</p>
        )}
      </section>
    </StaffLayout>
  )
}
