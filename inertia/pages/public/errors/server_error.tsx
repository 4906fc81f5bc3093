import { Head } from '@inertiajs/react'
import PublicLayout from '~/layouts/public_layout'
import { useI18n } from '~/lib/i18n'

export default function ServerError() {
  const { t } = useI18n()
  return (
    <PublicLayout>
      <Head title="500" />
      <section className="hero">
        <div className="container">
          <p className="eyebrow">500</p>
          <h1>{t('common.errors.serverError')}</h1>
          <p className="lead">{t('common.errors.tryLater')}</p>
        </div>
      </section>
    </PublicLayout>
  )
}
