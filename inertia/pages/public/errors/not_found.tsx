import { Head } from '@inertiajs/react'
import PublicLayout from '~/layouts/public_layout'
import { useI18n } from '~/lib/i18n'

export default function NotFound() {
  const { t } = useI18n()
  return (
    <PublicLayout>
      <Head title="404" />
      <section className="hero">
        <div className="container">
          <p className="eyebrow">404</p>
          <h1>{t('common.errors.notFound')}</h1>
          <a className="button" href="/">
            {t('common.errors.home')}
          </a>
        </div>
      </section>
    </PublicLayout>
  )
}
