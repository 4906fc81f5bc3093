import type { FormEvent } from 'react'
import { router } from '@inertiajs/react'
import type { InertiaProps } from '~/types'
import PortalLayout from '~/layouts/portal_layout'
import type { Data } from '@generated/data'
import { OrderTable } from '~/components/order_status'
import { useI18n } from '~/lib/i18n'
import { Field } from '~/lib/i18n_ui'

/** The customer's orders, those waiting for the customer first (the server's order). */
type Props = InertiaProps<{ emailVerified: boolean; orders: Data.CustomerOrder[] }>

export default function Dashboard({ emailVerified, orders, user }: Props) {
  const { t } = useI18n()
  return (
    <PortalLayout title={t('portal.title')} emailVerified={emailVerified}>
      <p className="eyebrow">{t('portal.title')}</p>
      <h1>{t('portal.welcome', { name: user?.firstName ?? '' })}</h1>
      <p className="lead">{t('portal.lead')}</p>

      <ClaimCodeForm />

      <section className="portal-section">
        <h2>{t('portal.orders')}</h2>
        <OrderTable orders={orders} empty={t('portal.noOrders')} />
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
