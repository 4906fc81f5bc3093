import { Head } from '@inertiajs/react'
import { Form } from '@adonisjs/inertia/react'
import type { Data } from '@generated/data'
import type { InertiaProps } from '~/types'
import PublicLayout from '~/layouts/public_layout'
import { OrderLines } from '~/components/order_lines'
import { useI18n } from '~/lib/i18n'
import { FlashMessages, FormError, formLevelError } from '~/lib/i18n_ui'

type Props = InertiaProps<{
  code: string
  state: 'open' | 'expired' | 'yours' | 'claimedByOther' | 'cancelled'
  quote: Data.CustomerOrder.Variants['forQuotePage'] | null
  orderId: string | null
}>

/**
 * /quote/:claimCode: the quote a customer was sent, with one call to action
 * per state. Someone else's quote shows nothing of it.
 */
export default function QuotePage({ code, state, quote, orderId, user, errors }: Props) {
  const { t } = useI18n()

  if (state === 'claimedByOther' || !quote) {
    return (
      <PublicLayout>
        <Head title={t('quote.state.claimedByOther.title')} />
        <section className="container quote-page" data-quote-state={state}>
          <h1>{t('quote.state.claimedByOther.title')}</h1>
          <p className="lead">{t('quote.state.claimedByOther.lead')}</p>
        </section>
      </PublicLayout>
    )
  }

  return (
    <PublicLayout>
      <Head title={t('quote.title', { number: quote.number })} />
      <section className="container quote-page" data-quote-state={state}>
        <p className="eyebrow">{t('quote.eyebrow')}</p>
        <h1>{t('quote.title', { number: quote.number })}</h1>
        <p className="quote-meta">
          {quote.validUntil && <span>{t('quote.validUntil', { date: quote.validUntil })}</span>}
          <span>
            {t('quote.code')}: <span className="mono">{code}</span>
          </span>
        </p>
        <FlashMessages />
        <FormError message={formLevelError(errors)} />

        <div className="quote-action" data-quote-action>
          {state === 'open' && <OpenAction code={code} role={user?.role ?? null} />}
          {state === 'expired' && (
            <>
              <p>{t('quote.state.expired.lead', { date: quote.validUntil ?? '' })}</p>
              <a className="button" href="mailto:info@pcmr.gr">
                {t('quote.state.expired.contact')}
              </a>
            </>
          )}
          {state === 'yours' && orderId && (
            <>
              <p>{t('quote.state.yours.lead')}</p>
              <a className="button" href={`/portal/orders/${orderId}`}>
                {t('quote.state.yours.action')}
              </a>
            </>
          )}
          {state === 'cancelled' && <p>{t('quote.state.cancelled.lead')}</p>}
        </div>

        <h2>{t('quote.lines')}</h2>
        <OrderLines lines={quote.lines} totals={quote.totals} />
      </section>
    </PublicLayout>
  )
}

/** Claim (signed-in customer), sign in or register first (guest), or why not (staff). */
function OpenAction({ code, role }: { code: string; role: string | null }) {
  const { t } = useI18n()
  if (role && role !== 'customer') return <p>{t('quote.state.open.staff')}</p>
  return (
    <>
      <p>{t('quote.state.open.lead')}</p>
      {role === 'customer' ? (
        <Form route="quote.claim" routeParams={{ claimCode: code }}>
          {({ processing }) => (
            <button type="submit" className="button" disabled={processing}>
              {t('quote.state.open.claim')}
            </button>
          )}
        </Form>
      ) : (
        <>
          <p className="muted">{t('quote.state.open.guestHint')}</p>
          <div className="auth-actions">
            <a className="button" href={`/quote/${code}/claim?account=new`}>
              {t('quote.state.open.register')}
            </a>
            <a className="button ghost" href={`/quote/${code}/claim`}>
              {t('quote.state.open.signIn')}
            </a>
          </div>
        </>
      )}
    </>
  )
}
