import PageHead from '~/components/page_head'
import { CallsToAction, Hero, NumberedSteps } from '~/components/site_page'
import PublicLayout from '~/layouts/public_layout'
import { useI18n } from '~/lib/i18n'

export default function Home() {
  const { t } = useI18n()
  return (
    <PublicLayout>
      <PageHead page="home" />
      <Hero eyebrow={t('home.eyebrow')} heading={t('home.heading')} lead={t('home.lead')}>
        <CallsToAction main="quote" other="howItWorks" />
      </Hero>
      <section className="container" aria-labelledby="how-it-works-title">
        <h2 id="how-it-works-title">{t('home.howItWorks')}</h2>
        <NumberedSteps list="home.steps" Heading="h3" />
        <CallsToAction other="pricing" />
      </section>
    </PublicLayout>
  )
}
