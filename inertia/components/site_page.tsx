/*
| The frames of the public site's pages: a page of the site with its heading
| (SitePage) or its form (SiteFormPage), the hero of the home and status pages (Hero, StatusPage), the
| calls to action at the foot of a page and the numbered steps.
*/
import type { ReactNode } from 'react'
import { Head } from '@inertiajs/react'
import { CustomerForm, type FieldErrors } from '~/components/customer_form'
import PageHead from '~/components/page_head'
import PublicLayout from '~/layouts/public_layout'
import { useI18n } from '~/lib/i18n'
import { FlashMessages } from '~/lib/i18n_ui'

/** The site pages whose heading is `site.<page>.heading` in site.json. */
type HeadedPage = 'services' | 'howItWorks' | 'pricing' | 'faq' | 'contact' | 'waitlist'

/** A page of the site: its `<head>`, then its heading and lead over the content. */
export function SitePage({
  page,
  lead,
  narrow,
  children,
}: {
  page: HeadedPage
  lead?: string
  /** A single column of reading width (the forms). */
  narrow?: boolean
  children: ReactNode
}) {
  const { t } = useI18n()
  return (
    <PublicLayout>
      <PageHead page={page} />
      <section className={narrow ? 'container site-page narrow' : 'container site-page'}>
        <h1>{t(`site.${page}.heading`)}</h1>
        {lead && <p className="lead">{lead}</p>}
        {children}
      </section>
    </PublicLayout>
  )
}

/**
 * A form page of the site (contact, waitlist): its page with the flash of the
 * last submission over the form posted to `<page>.store`, emptied once sent.
 */
export function SiteFormPage({
  page,
  children,
}: {
  page: 'contact' | 'waitlist'
  children: (errors: FieldErrors) => ReactNode
}) {
  const { t } = useI18n()
  return (
    <SitePage page={page} lead={t(`site.${page}.lead`)} narrow>
      <FlashMessages />
      <CustomerForm route={`${page}.store`} submit={t(`site.${page}.submit`)} resetOnSuccess>
        {children}
      </CustomerForm>
    </SitePage>
  )
}

/** The big opening band: a small line over the heading, a lead and actions under it. */
export function Hero({
  eyebrow,
  heading,
  lead,
  children,
}: {
  eyebrow: string
  heading: string
  lead?: string
  children?: ReactNode
}) {
  return (
    <section className="hero">
      <div className="container">
        <p className="eyebrow">{eyebrow}</p>
        <h1>{heading}</h1>
        {lead && <p className="lead">{lead}</p>}
        {children}
      </div>
    </section>
  )
}

/** A page that answers with an HTTP status (404, 429, 500): the status over what happened. */
export function StatusPage({
  status,
  title = String(status),
  ...hero
}: {
  status: 404 | 429 | 500
  /** The `<title>`: the status itself unless given. */
  title?: string
  heading: string
  lead?: string
  children?: ReactNode
}) {
  return (
    <PublicLayout>
      <Head title={title} />
      <Hero eyebrow={String(status)} {...hero} />
    </PublicLayout>
  )
}

/** Where the site's calls to action lead, and their words. */
const ACTIONS = {
  quote: { href: '/contact', label: 'site.cta.quote' },
  pricing: { href: '/pricing', label: 'site.cta.pricing' },
  howItWorks: { href: '/how-it-works', label: 'home.howItWorks' },
} as const

type Action = keyof typeof ACTIONS

/** The actions at the foot of a section: the main one as a button, the other beside it, ghosted. */
export function CallsToAction({ main, other }: { main?: Action; other?: Action }) {
  const { t } = useI18n()
  return (
    <p>
      {main && (
        <a className="button" href={ACTIONS[main].href}>
          {t(ACTIONS[main].label)}
        </a>
      )}
      {main && other && ' '}
      {other && (
        <a className="button ghost" href={ACTIONS[other].href}>
          {t(ACTIONS[other].label)}
        </a>
      )}
    </p>
  )
}

/** The numbered steps of a list in the messages (`home.steps`, `site.howItWorks.steps`). */
export function NumberedSteps({
  list,
  Heading,
}: {
  list: 'home.steps' | 'site.howItWorks.steps'
  /** The level of each step's title under the page's outline. */
  Heading: 'h2' | 'h3'
}) {
  const { t, indexes } = useI18n()
  return (
    <ol className="steps">
      {indexes(list).map((step) => (
        <li className="step" key={step}>
          <div className="num" aria-hidden="true">
            0{step + 1}
          </div>
          <Heading>{t(`${list}.${step}.title`)}</Heading>
          <p>{t(`${list}.${step}.text`)}</p>
        </li>
      ))}
    </ol>
  )
}
