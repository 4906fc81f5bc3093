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
    ? { href: user.role === 'customer' ? '/portal' : '/staff', label: t('common.nav.portal') }
    : { href: '/login', label: t('common.nav.login') }

  return (
    <>
      <header className="site-header">
        <div className="container">
          <a className="brand" href="/">
            PC<span>MR</span>
          </a>
          <nav className="nav" aria-label={t('common.site.nav')}>
            <a href="/services">{t('common.site.services')}</a>
            <a href="/how-it-works">{t('common.site.howItWorks')}</a>
            <a href="/pricing">{t('common.site.pricing')}</a>
            <a href="/faq">{t('common.site.faq')}</a>
            <a href="/contact">{t('common.site.contact')}</a>
            <a href={account.href}>{account.label}</a>
          </nav>
        </div>
      </header>
      <main>{children}</main>
      <footer className="site-footer">
        <div className="container">
          © PCMR — {t('common.site.tagline')} · <a href="/terms">{t('common.site.terms')}</a> ·{' '}
          <a href="/privacy">{t('common.site.privacy')}</a>
        </div>
      </footer>
    </>
  )
}
