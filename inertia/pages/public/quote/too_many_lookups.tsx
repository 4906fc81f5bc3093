import { Head } from '@inertiajs/react'
import type { InertiaProps } from '~/types'
import PublicLayout from '~/layouts/public_layout'
import { useI18n } from '~/lib/i18n'

/** 429 of the quote page: too many unknown codes from this connection. */
export default function TooManyLookups({ minutes }: InertiaProps<{ minutes: number }>) {
  const { t } = useI18n()
  return (
    <PublicLayout>
      <Head title={t('quote.tooMany.title')} />
      <section className="hero">
        <div className="container">
          <p className="eyebrow">429</p>
          <h1>{t('quote.tooMany.title')}</h1>
          <p className="lead">{t('quote.tooMany.lead', { minutes })}</p>
        </div>
      </section>
    </PublicLayout>
  )
}
