import type { Data } from '@generated/data'
import { useI18n } from '~/lib/i18n'

type Order = Data.CustomerOrder

/** The order's three statuses in words, as a compact line. */
export function OrderStatuses({ order }: { order: Order }) {
  const { t } = useI18n()
  return (
    <span className="order-statuses">
      <span>
        {t('orders.col.order')}: {order.orderStatus.label}
      </span>
      <span>
        {t('orders.col.payment')}: {order.paymentStatus.label}
      </span>
      {order.fulfillmentStatus.value && (
        <span>
          {t('orders.col.fulfilment')}: {order.fulfillmentStatus.label}
        </span>
      )}
    </span>
  )
}

/**
 * The customer's orders, each row linking to its page; those waiting for them
 * marked. `empty` says so when there is none.
 */
export function OrderTable({ orders, empty }: { orders: Order[]; empty: string }) {
  const { t } = useI18n()
  if (orders.length === 0) {
    return (
      <p className="muted" data-empty-orders>
        {empty}
      </p>
    )
  }
  return (
    <table className="table orders-table">
      <thead>
        <tr>
          <th scope="col">{t('orders.col.number')}</th>
          <th scope="col">{t('orders.col.date')}</th>
          <th scope="col">{t('orders.status')}</th>
          <th scope="col">{t('orders.col.next')}</th>
          <th scope="col" className="num">
            {t('orders.col.total')}
          </th>
        </tr>
      </thead>
      <tbody>
        {orders.map((order) => (
          <tr key={order.id} data-order={order.number}>
            <td className="mono" data-label={t('orders.col.number')}>
              <a href={`/portal/orders/${order.id}`}>{order.number}</a>
            </td>
            <td data-label={t('orders.col.date')}>{order.createdAt}</td>
            <td data-label={t('orders.status')}>
              <OrderStatuses order={order} />
            </td>
            <td data-label={t('orders.col.next')}>
              {order.needsAttention && <strong className="badge">{t('orders.attention')}</strong>}{' '}
              {t(`orders.next.${order.nextStep}`)}
            </td>
            <td className="num" data-label={t('orders.col.total')}>
              {order.total}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
