import type { ReactNode } from 'react'
import { usePage } from '@inertiajs/react'
import type { Data } from '@generated/data'
import { useI18n } from '~/lib/i18n'

/**
 * Frame of every public page: brand header, navigation (in the visitor's
 * language), a way into the account, footer with the legal pages.
 */
export default function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n()
  const { user } = usePage<Data.SharedProps>().props
  const account = user
    ? { href: user.role === 'customer' ? '/portal' : '/staff', label: t('nav.portal') }
    : { href: '/login', label: t('nav.login') }

  return (
    <>
      <header className="site-header">
        <div className="container">
          <a className="brand" href="/">
            PC<span>MR</span>
          </a>
          <nav className="nav" aria-label={t('site.nav')}>
            <a href="/services">{t('site.services')}</a>
            <a href="/how-it-works">{t('site.howItWorks')}</a>
            <a href="/pricing">{t('site.pricing')}</a>
            <a href="/faq">{t('site.faq')}</a>
            <a href="/contact">{t('site.contact')}</a>
            <a href={account.href}>{account.label}</a>
          </nav>
        </div>
      </header>
      <main>{children}</main>
      <footer className="site-footer">
        <div className="container">
          © PCMR — {t('site.tagline')} · <a href="/terms">{t('site.terms')}</a> ·{' '}
          <a href="/privacy">{t('site.privacy')}</a>
        </div>
      </footer>
    </>
  )
}
