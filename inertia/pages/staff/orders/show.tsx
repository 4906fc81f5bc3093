import { Form, Link } from '@adonisjs/inertia/react'
import type { Data } from '@generated/data'
import StaffLayout from '~/layouts/staff_layout'
import { StatusBadge } from '~/components/staff/badges'
import { Card, Facts } from '~/components/staff/card'
import { DataTable } from '~/components/staff/data_table'
import { ButtonForm } from '~/components/staff/forms'
import { OrderNotesForm } from '~/components/order_notes_form'
import { ActivityList } from '~/components/staff_list'
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
  notesMaxLength: number
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
  notesMaxLength,
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
        <Card id="customer" title="Customer">
          <Facts
            facts={[
              {
                term: 'Account',
                value: order.customer ? (
                  <>
                    {order.customer.name}
                    <br />
                    <span className="mono">{order.customer.email}</span>
                  </>
                ) : (
                  <span className="muted">not claimed yet</span>
                ),
              },
              { term: 'Intake name', value: order.intake.name },
              { term: 'Intake email', value: order.intake.email, className: 'mono' },
              order.intake.phone && { term: 'Phone', value: order.intake.phone },
              order.intake.useCase && { term: 'Use case', value: order.intake.useCase },
              order.intake.budget && {
                term: 'Budget',
                value: order.intake.budget,
                className: 'mono',
              },
              { term: 'Created', value: order.createdAt },
              order.claimCode && { term: 'Claim code', value: order.claimCode, className: 'mono' },
              order.quoteValidUntil && { term: 'Quote valid until', value: order.quoteValidUntil },
              order.paidAt && {
                term: 'Paid',
                value: (
                  <>
                    {order.paidAt}
                    {order.invoiceReference && (
                      <span className="mono muted"> · {order.invoiceReference}</span>
                    )}
                  </>
                ),
              },
              order.deliveredAt && { term: 'Delivered', value: order.deliveredAt },
            ]}
          />
        </Card>

        <Card id="status" title="Status" className="stack">
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
                        <ButtonForm
                          key={action.to}
                          route="staff.orders.transitions"
                          routeParams={{ id: order.id }}
                          fields={{ axis: action.axis, to: action.to }}
                          preserveScroll
                        >
                          {action.label}
                        </ButtonForm>
                      )
                    )}
                  </div>
                ) : (
                  <p className="muted">No change possible now.</p>
                )}
              </div>
            )
          })}
        </Card>
      </div>

      <Card id="notes" title="Notes">
        <OrderNotesForm
          orderId={order.id}
          notes={order.notes}
          internalNotes={order.internalNotes}
          maxLength={notesMaxLength}
        />
      </Card>

      <Card id="lines" title="Lines">
        <DataTable
          rows={lines}
          rowKey={(line) => line.id}
          columns={[
            {
              label: 'Item',
              cell: (line) => (
                <>
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
                </>
              ),
            },
            { label: 'Kind', cell: (line) => line.kindLabel },
            { label: 'Qty', className: 'mono', cell: (line) => line.quantity },
            { label: 'Unit price', className: 'mono', cell: (line) => line.unitPrice },
            { label: 'VAT', className: 'mono', cell: (line) => line.vatRate },
            { label: 'Total', className: 'mono', cell: (line) => line.total },
          ]}
          empty={<p className="muted">No lines yet.</p>}
        />
        <Facts
          className="order-totals"
          facts={[
            ...totals.byRate.map((group) => ({
              term: <>VAT {group.rate}</>,
              value: (
                <>
                  {group.vat} on net {group.net}
                </>
              ),
              className: 'mono',
            })),
            { term: 'Net', value: totals.net, className: 'mono' },
            { term: 'VAT', value: totals.vat, className: 'mono' },
            { term: 'Total', value: <strong>{totals.gross}</strong>, className: 'mono' },
          ]}
        />
      </Card>

      <Card id="history" title="History">
        <ActivityList
          entries={timeline}
          entryKey={(entry) => `${entry.kind}-${entry.id}`}
          action={(entry) =>
            entry.axisLabel ? (
              <>
                <strong>{entry.axisLabel}</strong> <code>{entry.change}</code>
              </>
            ) : (
              <code>{entry.action}</code>
            )
          }
          note={(entry) => entry.reason && <> — “{entry.reason}”</>}
        />
      </Card>
    </StaffLayout>
  )
}
