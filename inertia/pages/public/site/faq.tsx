import PageHead from '~/components/page_head'
import PublicLayout from '~/layouts/public_layout'
import { useI18n } from '~/lib/i18n'

export default function Faq() {
  const { t, indexes } = useI18n()
  return (
    <PublicLayout>
      <PageHead page="faq" />
      <section className="container site-page">
        <h1>{t('site.faq.heading')}</h1>
        {indexes('site.faq.items').map((item) => (
          <details className="faq-item" key={item}>
            <summary>
              <h2>{t(`site.faq.items.${item}.question`)}</h2>
            </summary>
            <p>{t(`site.faq.items.${item}.answer`)}</p>
          </details>
        ))}
        <p>
          <a className="button" href="/contact">
            {t('site.cta.quote')}
          </a>
        </p>
      </section>
    </PublicLayout>
  )
}
