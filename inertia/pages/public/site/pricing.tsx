import type { Data } from '@generated/data'
import type { InertiaProps } from '~/types'
import { CallsToAction, SitePage } from '~/components/site_page'
import { useI18n } from '~/lib/i18n'

/** /pricing: price ranges of typical builds, computed from the catalog (TypicalBuildPricesQuery). */
export default function Pricing({ builds }: InertiaProps<{ builds: Data.TypicalBuildPrice[] }>) {
  const { t } = useI18n()
  return (
    <SitePage page="pricing" lead={t('site.pricing.lead')}>
      <div className="cards">
        {builds.map(({ build, gpu, range }) => (
          <section className="card price-card" key={build}>
            <h2>{t(`site.pricing.tiers.${build}.title`)}</h2>
            <p>{t(`site.pricing.tiers.${build}.text`)}</p>
            {range ? (
              <p className="price-range">
                {t('site.pricing.range', { min: range.min, max: range.max })}
              </p>
            ) : (
              <p className="muted">{t('site.pricing.unavailable')}</p>
            )}
            <p className="muted">{t('site.pricing.parts', { gpu: gpu ? 'yes' : 'no' })}</p>
          </section>
        ))}
      </div>
      <p className="muted">{t('site.pricing.note')}</p>
      <CallsToAction main="quote" />
    </SitePage>
  )
}
