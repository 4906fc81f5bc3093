import type { ReactNode } from 'react'
import { usePage } from '@inertiajs/react'
import type { Data } from '@generated/data'
import { useI18n } from '~/lib/i18n'
import { LanguageSwitch } from '~/lib/i18n_ui'

/**
 * Frame of every public page: brand header with the site's pages, the way
 * into the account and the language switch; footer with the legal pages. It
 * links only to pages that exist.
 */
export default function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n()
  const { user } = usePage<Data.SharedProps>().props
  const account = user
    ? { href: user.role === 'customer' ? '/portal' : '/staff', label: t('common.nav.portal') }
    : { href: '/login', label: t('common.nav.login') }

  return (
    <>
      <header className="site-header">
        <div className="container">
          <a className="brand" href="/">
            PC<span>MR</span>
          </a>
          <div className="header-tools">
            <nav className="nav" aria-label={t('common.site.nav')}>
              <a href="/services">{t('site.nav.services')}</a>
              <a href="/how-it-works">{t('site.nav.howItWorks')}</a>
              <a href="/pricing">{t('site.nav.pricing')}</a>
              <a href="/faq">{t('site.nav.faq')}</a>
              <a href="/contact">{t('site.nav.contact')}</a>
              <a href={account.href}>{account.label}</a>
            </nav>
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main>{children}</main>
      <footer className="site-footer">
        <nav className="container" aria-label={t('site.nav.footer')}>
          © PCMR — {t('common.site.tagline')} · <a href="/terms">{t('common.site.terms')}</a> ·{' '}
          <a href="/privacy">{t('common.site.privacy')}</a> ·{' '}
          <a href="/cookies">{t('site.nav.cookies')}</a> ·{' '}
          <a href="/waitlist">{t('site.nav.waitlist')}</a>
        </nav>
      </footer>
    </>
  )
}
