import type { FormEvent } from 'react'
import { router } from '@inertiajs/react'
import type { InertiaProps } from '~/types'
import PortalLayout from '~/layouts/portal_layout'
import { useI18n, type MessageKey } from '~/lib/i18n'
import { Field } from '~/lib/i18n_ui'

type OrderRow = {
  id: string
  number: string
  status: string
  paymentStatus: string
  total: string
}

type Props = InertiaProps<{ emailVerified: boolean; orders: OrderRow[] }>

export default function Dashboard({ emailVerified, orders, user }: Props) {
  const { t } = useI18n()
  const statusLabel = (status: string) => t(`statuses.orderStatus.${status}` as MessageKey)
  return (
    <PortalLayout title={t('portal.title')} emailVerified={emailVerified}>
      <p className="eyebrow">{t('portal.title')}</p>
      <h1>{t('portal.welcome', { name: user?.firstName ?? '' })}</h1>
      <p className="lead">{t('portal.lead')}</p>

      <ClaimCodeForm />

      <section className="portal-section">
        <h2>{t('portal.orders')}</h2>
        {orders.length === 0 ? (
          <p className="muted" data-empty-orders>
            {t('portal.noOrders')}
          </p>
        ) : (
          <table className="table orders-table">
            <thead>
              <tr>
                <th scope="col">{t('portal.col.number')}</th>
                <th scope="col">{t('portal.col.status')}</th>
                <th scope="col" className="num">
                  {t('portal.col.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {orders.map((order) => (
                <tr key={order.id}>
                  <td className="mono" data-label={t('portal.col.number')}>
                    {order.number}
                  </td>
                  <td data-label={t('portal.col.status')}>{statusLabel(order.status)}</td>
                  <td className="num" data-label={t('portal.col.total')}>
                    {order.total}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </PortalLayout>
  )
}

/** "Claim it with its code": the code leads to its quote page, /quote/<code>. */
function ClaimCodeForm() {
  const { t } = useI18n()
  const open = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const code = String(new FormData(event.currentTarget).get('code') ?? '').trim()
    if (code) router.visit(`/quote/${encodeURIComponent(code)}`)
  }
  return (
    <section className="portal-section" aria-labelledby="claim-title">
      <h2 id="claim-title">{t('portal.claim.title')}</h2>
      <form className="form claim-form" method="get" action="/quote" onSubmit={open}>
        <Field
          name="code"
          label={t('portal.claim.label')}
          hint={t('portal.claim.hint')}
          autoComplete="off"
          required
        />
        <button type="submit" className="button">
          {t('portal.claim.submit')}
        </button>
      </form>
    </section>
  )
}
