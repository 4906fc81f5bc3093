import { Form } from '@adonisjs/inertia/react'
import type { Data } from '@generated/data'
import type { InertiaProps } from '~/types'
import PortalLayout from '~/layouts/portal_layout'
import { OrderLines } from '~/components/order_lines'
import { OrderStatuses } from '~/components/order_status'
import { useI18n } from '~/lib/i18n'
import { CustomerForm } from '~/components/customer_form'
import { CheckField, FormError, formLevelError, TextAreaField } from '~/lib/i18n_ui'

type Order = Data.CustomerOrder.Variants['forOrderPage']

type Props = InertiaProps<{
  emailVerified: boolean
  order: Order
  timeline: Data.CustomerTimelineEntry[]
}>

/**
 * /portal/orders/:orderId: the order, what comes next (accept or decline a
 * claimed quote; payment after that), its timeline and, once the build has
 * started, its progress.
 */
export default function OrderPage({ order, timeline, emailVerified }: Props) {
  const { t } = useI18n()
  const title = t('orders.order', { number: order.number })
  return (
    <PortalLayout title={title} emailVerified={emailVerified}>
      <p className="eyebrow">
        <a href="/portal/orders">{t('orders.back')}</a>
      </p>
      <h1>{title}</h1>
      <p className="quote-meta">
        <span>{t('orders.placedOn', { date: order.createdAt })}</span>
        {order.validUntil && order.orderStatus.value === 'claimed' && (
          <span>{t('orders.validUntil', { date: order.validUntil })}</span>
        )}
      </p>
      <p>
        <OrderStatuses order={order} />
      </p>

      <section className="portal-section next-step" data-next-step={order.nextStep}>
        <h2>{t('orders.col.next')}</h2>
        <p>{t(`orders.next.${order.nextStep}`)}</p>
        {order.nextStep === 'accept' && <Decision order={order} />}
        {order.nextStep === 'pay' && <PayButton order={order} />}
      </section>

      {order.fulfillmentStatus.value && (
        <section className="portal-section" data-build-progress>
          <h2>{t('orders.build.title')}</h2>
          <p>{t('orders.build.lead', { status: order.fulfillmentStatus.label })}</p>
        </section>
      )}

      {order.notes && (
        <section className="portal-section" aria-labelledby="notes-title">
          <h2 id="notes-title">{t('orders.notes')}</h2>
          <p>{order.notes}</p>
        </section>
      )}

      <section className="portal-section">
        <h2>{t('orders.lines')}</h2>
        <OrderLines lines={order.lines} totals={order.totals} />
      </section>

      <section className="portal-section" aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('orders.timeline.title')}</h2>
        {timeline.length === 0 ? (
          <p className="muted">{t('orders.timeline.empty')}</p>
        ) : (
          <ol className="timeline" data-timeline>
            {timeline.map((entry) => (
              <li key={entry.id} data-timeline-entry={`${entry.axis}:${entry.to}`}>
                <span className="muted">{entry.at}</span>{' '}
                <span>
                  {entry.axisLabel}: <strong>{entry.toLabel}</strong>
                </span>{' '}
                <span className="muted">
                  ({entry.byCustomer ? t('orders.timeline.byYou') : t('orders.timeline.byShop')})
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </PortalLayout>
  )
}

/** Pay: the server creates (or reuses) the Viva payment order and sends the customer to Viva. */
function PayButton({ order }: { order: Order }) {
  const { t } = useI18n()
  return (
    <Form
      route="payments.create_order"
      transform={() => ({ orderId: order.id })}
      className="form"
      options={{ preserveScroll: true }}
    >
      {({ errors, processing }) => (
        <>
          <p>{t('payments.pay.lead')}</p>
          <FormError message={formLevelError(errors)} />
          <button type="submit" className="button" disabled={processing} data-pay>
            {t('payments.pay.submit', { total: order.totals.gross })}
          </button>
        </>
      )}
    </Form>
  )
}

/** Accept (with the terms) or decline (with an optional reason) a claimed quote. */
function Decision({ order }: { order: Order }) {
  const { t } = useI18n()
  return (
    <>
      <CustomerForm
        route="portal.orders.accept"
        routeParams={{ orderId: order.id }}
        errorBag="accept"
        options={{ preserveScroll: true }}
        intro={
          <>
            <h3>{t('orders.accept.title')}</h3>
            <p>{t('orders.accept.lead')}</p>
          </>
        }
        submit={t('orders.accept.submit')}
      >
        {(errors) => (
          <CheckField id="field-accept-terms" name="terms" error={errors.terms}>
            {t('orders.accept.terms')} (
            <a href="/terms" target="_blank" rel="noreferrer">
              {t('orders.accept.termsLink')}
            </a>
            )
          </CheckField>
        )}
      </CustomerForm>

      <details className="decline">
        <summary>{t('orders.decline.title')}</summary>
        <CustomerForm
          route="portal.orders.decline"
          routeParams={{ orderId: order.id }}
          errorBag="decline"
          options={{ preserveScroll: true }}
          intro={<p>{t('orders.decline.lead')}</p>}
          submit={t('orders.decline.submit')}
          secondary
        >
          {(errors) => (
            <TextAreaField
              name="reason"
              id="field-decline-reason"
              label={t('orders.decline.reason')}
              rows={3}
              maxLength={1000}
              error={errors.reason}
            />
          )}
        </CustomerForm>
      </details>
    </>
  )
}
