import { CallsToAction, SitePage } from '~/components/site_page'
import { useI18n } from '~/lib/i18n'

export default function Services() {
  const { t, indexes } = useI18n()
  return (
    <SitePage page="services" lead={t('site.services.lead')}>
      <div className="cards">
        {indexes('site.services.items').map((item) => (
          <section className="card" key={item}>
            <h2>{t(`site.services.items.${item}.title`)}</h2>
            <p>{t(`site.services.items.${item}.text`)}</p>
          </section>
        ))}
      </div>
      <CallsToAction main="quote" />
    </SitePage>
  )
}
