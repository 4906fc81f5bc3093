import type { Data } from '@generated/data'
import type { InertiaProps } from '~/types'
import PortalLayout from '~/layouts/portal_layout'
import { OrderTable } from '~/components/order_status'
import { useI18n } from '~/lib/i18n'

type Props = InertiaProps<{ emailVerified: boolean; orders: Data.CustomerOrder[] }>

/** /portal/orders: every order of the customer, newest first. */
export default function OrdersIndex({ orders, emailVerified }: Props) {
  const { t } = useI18n()
  return (
    <PortalLayout title={t('orders.title')} emailVerified={emailVerified}>
      <h1>{t('orders.title')}</h1>
      <OrderTable orders={orders} empty={t('orders.none')} />
    </PortalLayout>
  )
}
