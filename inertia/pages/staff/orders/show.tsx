import { Form, Link } from '@adonisjs/inertia/react'
import { Fragment } from 'react'
import type { Data } from '@generated/data'
import StaffLayout from '~/layouts/staff_layout'
import type { InertiaProps, Option } from '~/types'

type Order = Data.Order.Variants['forOrderPage']
type Axis = Data.OrderAction['axis']
type Action = Data.OrderAction

type Props = {
  order: Order
  /** The three status axes, in page order, with their names. */
  axes: Option<Axis>[]
  lines: Data.OrderLine[]
  totals: {
    net: string
    vat: string
    gross: string
    byRate: { rate: string; net: string; vat: string; gross: string }[]
  }
  actions: Action[]
  timeline: Data.TimelineEntry[]
}

function StatusBadge({ status }: { status: Order['orderStatus'] }) {
  return status.value ? (
    <span className="badge">{status.label}</span>
  ) : (
    <span className="muted">{status.label}</span>
  )
}

/** A change that needs a written reason: the button opens a small form asking for it. */
function ReasonAction({
  orderId,
  action,
  paidThroughViva,
}: {
  orderId: number
  action: Action
  paidThroughViva: boolean
}) {
  // Several of these forms can be on the page at once (cancel, refund): ids per change.
  const id = `reason-${action.axis}-${action.to}`
  // A Viva payment is refunded at Viva first (superadmins), then recorded.
  const refundAtViva =
    paidThroughViva && action.axis === 'paymentStatus' && action.to === 'refunded'
  return (
    <details
      className="reason-action"
      onToggle={(event) => {
        if (event.currentTarget.open) event.currentTarget.querySelector('textarea')?.focus()
      }}
    >
      <summary className="button small danger">{action.label}…</summary>
      <Form
        route={refundAtViva ? 'staff.orders.refund' : 'staff.orders.transitions'}
        routeParams={{ id: orderId }}
        className="stack"
        options={{ preserveScroll: true }}
      >
        {({ processing }) => (
          <>
            {refundAtViva && <p className="hint">The payment is refunded in full through Viva.</p>}
            <input type="hidden" name="axis" value={action.axis} />
            <input type="hidden" name="to" value={action.to} />
            <div className="field">
              <label htmlFor={id}>
                Reason ({action.axisLabel} → {action.toLabel})
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
              {action.label}
            </button>
          </>
        )}
      </Form>
    </details>
  )
}

export default function StaffOrder({
  order,
  axes,
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
      {order.orderStatus.value === 'draft' && (
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
            <dd>{order.createdAt}</dd>
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
                  {order.paidAt}
                  {order.invoiceReference && (
                    <span className="mono muted"> · {order.invoiceReference}</span>
                  )}
                </dd>
              </>
            )}
            {order.deliveredAt && (
              <>
                <dt>Delivered</dt>
                <dd>{order.deliveredAt}</dd>
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
          {axes.map((axis) => {
            const offered = actions.filter((action) => action.axis === axis.value)
            return (
              <div key={axis.value} className="status-axis" aria-labelledby={`axis-${axis.value}`}>
                <h3 id={`axis-${axis.value}`}>
                  {axis.label} <StatusBadge status={order[axis.value]} />
                </h3>
                {offered.length ? (
                  <div className="actions">
                    {offered.map((action) =>
                      action.requiresReason ? (
                        <ReasonAction
                          key={action.to}
                          orderId={order.id}
                          action={action}
                          paidThroughViva={Boolean(order.invoiceReference)}
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
                                {action.label}
                              </button>
                            </>
                          )}
                        </Form>
                      )
                    )}
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
                    {line.specs && (
                      <>
                        <br />
                        <span className="muted">{line.specs}</span>
                      </>
                    )}
                    {line.priceOverrideReason && (
                      <>
                        <br />
                        <span className="muted">Price override: {line.priceOverrideReason}</span>
                      </>
                    )}
                  </td>
                  <td data-label="Kind">{line.kindLabel}</td>
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
                <span className="muted">{entry.at}</span>{' '}
                {entry.axisLabel ? (
                  <>
                    <strong>{entry.axisLabel}</strong> <code>{entry.change}</code>
                  </>
                ) : (
                  <code>{entry.action}</code>
                )}{' '}
                by {entry.actor ?? 'the system'}
                {entry.reason && <> — “{entry.reason}”</>}
                {entry.details && <span className="muted"> — {entry.details}</span>}
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
