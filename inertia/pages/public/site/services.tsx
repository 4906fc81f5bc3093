import PageHead from '~/components/page_head'
import PublicLayout from '~/layouts/public_layout'
import { useI18n } from '~/lib/i18n'

export default function Services() {
  const { t, indexes } = useI18n()
  return (
    <PublicLayout>
      <PageHead page="services" />
      <section className="container site-page">
        <h1>{t('site.services.heading')}</h1>
        <p className="lead">{t('site.services.lead')}</p>
        <div className="cards">
          {indexes('site.services.items').map((item) => (
            <section className="card" key={item}>
              <h2>{t(`site.services.items.${item}.title`)}</h2>
              <p>{t(`site.services.items.${item}.text`)}</p>
            </section>
          ))}
        </div>
        <p>
          <a className="button" href="/contact">
            {t('site.cta.quote')}
          </a>
        </p>
      </section>
    </PublicLayout>
  )
}
