import { Head, usePage } from '@inertiajs/react'
import type { Data } from '@generated/data'
import { useI18n, type Locale } from '~/lib/i18n'

/** The public pages with a title and description in resources/lang/<locale>/site.json. */
export type SitePage =
  | 'home'
  | 'services'
  | 'howItWorks'
  | 'pricing'
  | 'faq'
  | 'contact'
  | 'waitlist'
  | 'cookies'
  | 'terms'
  | 'privacy'

const OG_LOCALES: Record<Locale, string> = { el: 'el_GR', en: 'en_GB' }

/**
 * `<head>` of a public page, in its language: title, description, the
 * canonical URL, hreflang links to both language versions (Greek at the bare
 * path, English at `?lang=en`, see LocaleMiddleware) and Open Graph tags.
 */
export default function PageHead({ page }: { page: SitePage }) {
  const { t, locale } = useI18n()
  const { url, props } = usePage<Data.SharedProps>()
  const path = url.split(/[?#]/)[0]
  const versions: Record<Locale, string> = {
    el: `${props.siteUrl}${path}`,
    en: `${props.siteUrl}${path}?lang=en`,
  }
  const title = t(`site.meta.${page}.title`)
  const description = t(`site.meta.${page}.description`)
  const other: Locale = locale === 'el' ? 'en' : 'el'
  return (
    <Head title={title}>
      <meta head-key="description" name="description" content={description} />
      <link head-key="canonical" rel="canonical" href={versions[locale]} />
      <link head-key="alternate-el" rel="alternate" hrefLang="el" href={versions.el} />
      <link head-key="alternate-en" rel="alternate" hrefLang="en" href={versions.en} />
      <link head-key="alternate-default" rel="alternate" hrefLang="x-default" href={versions.el} />
      <meta head-key="og:type" property="og:type" content="website" />
      <meta head-key="og:site_name" property="og:site_name" content="PCMR" />
      <meta head-key="og:title" property="og:title" content={title} />
      <meta head-key="og:description" property="og:description" content={description} />
      <meta head-key="og:url" property="og:url" content={versions[locale]} />
      <meta head-key="og:locale" property="og:locale" content={OG_LOCALES[locale]} />
      <meta
        head-key="og:locale:alternate"
        property="og:locale:alternate"
        content={OG_LOCALES[other]}
      />
    </Head>
  )
}
