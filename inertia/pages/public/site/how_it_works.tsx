import { CallsToAction, NumberedSteps, SitePage } from '~/components/site_page'
import { useI18n } from '~/lib/i18n'

export default function HowItWorks() {
  const { t } = useI18n()
  return (
    <SitePage page="howItWorks" lead={t('site.howItWorks.lead')}>
      <NumberedSteps list="site.howItWorks.steps" Heading="h2" />
      <CallsToAction main="quote" other="pricing" />
    </SitePage>
  )
}
