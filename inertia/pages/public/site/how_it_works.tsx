import PageHead from '~/components/page_head'
import PublicLayout from '~/layouts/public_layout'
import { useI18n } from '~/lib/i18n'

export default function HowItWorks() {
  const { t, indexes } = useI18n()
  return (
    <PublicLayout>
      <PageHead page="howItWorks" />
      <section className="container site-page">
        <h1>{t('site.howItWorks.heading')}</h1>
        <p className="lead">{t('site.howItWorks.lead')}</p>
        <ol className="steps">
          {indexes('site.howItWorks.steps').map((step) => (
            <li className="step" key={step}>
              <div className="num" aria-hidden="true">
                0{step + 1}
              </div>
              <h2>{t(`site.howItWorks.steps.${step}.title`)}</h2>
              <p>{t(`site.howItWorks.steps.${step}.text`)}</p>
            </li>
          ))}
        </ol>
        <p>
          <a className="button" href="/contact">
            {t('site.cta.quote')}
          </a>{' '}
          <a className="button ghost" href="/pricing">
            {t('site.cta.pricing')}
          </a>
        </p>
      </section>
    </PublicLayout>
  )
}
