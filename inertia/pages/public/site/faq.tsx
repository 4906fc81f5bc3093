import { CallsToAction, SitePage } from '~/components/site_page'
import { useI18n } from '~/lib/i18n'

export default function Faq() {
  const { t, indexes } = useI18n()
  return (
    <SitePage page="faq">
      {indexes('site.faq.items').map((item) => (
        <details className="faq-item" key={item}>
          <summary>
            <h2>{t(`site.faq.items.${item}.question`)}</h2>
          </summary>
          <p>{t(`site.faq.items.${item}.answer`)}</p>
        </details>
      ))}
      <CallsToAction main="quote" />
    </SitePage>
  )
}
