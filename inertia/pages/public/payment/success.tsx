import { Head } from '@inertiajs/react'
import type { InertiaProps } from '~/types'
import PublicLayout from '~/layouts/public_layout'
import { useI18n } from '~/lib/i18n'

type Outcome = 'paid' | 'alreadyPaid' | 'notPaid' | 'rejected' | 'unknownOrder' | 'pending'

type Props = InertiaProps<{
  outcome: Outcome
  order: { id: string; number: string; total: string; paymentStatus: string } | null
}>

/**
 * /payment/success: what the server found when it asked Viva about the
 * payment. It says paid only when the order was recorded as paid.
 */
export default function PaymentSuccess({ outcome, order }: Props) {
  const { t } = useI18n()
  const message = outcome === 'unknownOrder' ? 'rejected' : outcome
  return (
    <PublicLayout>
      <Head title={t('payments.success.title')} />
      <section className="container quote-page" data-payment-outcome={outcome}>
        <h1>{t('payments.success.title')}</h1>
        {order && (
          <p className="eyebrow">
            {order.number} · {order.total}
          </p>
        )}
        <p className="lead">{t(`payments.success.${message}`)}</p>
        <p>
          <a className="button" href={order ? `/portal/orders/${order.id}` : '/portal/orders'}>
            {t('payments.success.viewOrder')}
          </a>
        </p>
      </section>
    </PublicLayout>
  )
}
