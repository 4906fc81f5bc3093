import PageHead from '~/components/page_head'
import PublicLayout from '~/layouts/public_layout'
import { useI18n } from '~/lib/i18n'

export default function Home() {
  const { t, indexes } = useI18n()
  return (
    <PublicLayout>
      <PageHead page="home" />
      <section className="hero">
        <div className="container">
          <p className="eyebrow">{t('home.eyebrow')}</p>
          <h1>{t('home.heading')}</h1>
          <p className="lead">{t('home.lead')}</p>
          <p>
            <a className="button" href="/contact">
              {t('site.cta.quote')}
            </a>{' '}
            <a className="button ghost" href="/how-it-works">
              {t('home.howItWorks')}
            </a>
          </p>
        </div>
      </section>
      <section className="container" aria-labelledby="how-it-works-title">
        <h2 id="how-it-works-title">{t('home.howItWorks')}</h2>
        <div className="steps">
          {indexes('home.steps').map((step) => (
            <div className="step" key={step}>
              <div className="num">0{step + 1}</div>
              <h3>{t(`home.steps.${step}.title`)}</h3>
              <p>{t(`home.steps.${step}.text`)}</p>
            </div>
          ))}
        </div>
        <p>
          <a className="button ghost" href="/pricing">
            {t('site.cta.pricing')}
          </a>
        </p>
      </section>
    </PublicLayout>
  )
}
