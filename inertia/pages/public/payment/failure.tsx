import { Head } from '@inertiajs/react'
import type { InertiaProps } from '~/types'
import PublicLayout from '~/layouts/public_layout'
import { useI18n } from '~/lib/i18n'

type Props = InertiaProps<{
  order: { id: string; number: string; total: string; paymentStatus: string } | null
}>

/** /payment/failure: declined or abandoned at Viva; nothing changed, pay again from the order. */
export default function PaymentFailure({ order }: Props) {
  const { t } = useI18n()
  return (
    <PublicLayout>
      <Head title={t('payments.failure.title')} />
      <section className="container quote-page" data-payment-outcome="failed">
        <h1>{t('payments.failure.title')}</h1>
        {order && (
          <p className="eyebrow">
            {order.number} · {order.total}
          </p>
        )}
        <p className="lead">{t('payments.failure.lead')}</p>
        <p>
          <a className="button" href={order ? `/portal/orders/${order.id}` : '/portal/orders'}>
            {order ? t('payments.failure.payAgain') : t('payments.failure.noOrder')}
          </a>
        </p>
      </section>
    </PublicLayout>
  )
}
