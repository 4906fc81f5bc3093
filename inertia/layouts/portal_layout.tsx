import type { ReactNode } from 'react'
import { Head, router, usePage } from '@inertiajs/react'
import { Link } from '@adonisjs/inertia/react'
import { FlashMessages, LanguageSwitch } from '~/lib/i18n_ui'
import { useI18n } from '~/lib/i18n'

interface SharedUser {
  id: number
  firstName: string
  lastName: string
  email: string
}

/**
 * Frame of the customer portal (/portal/*): brand, account navigation,
 * language switch, sign out, the "confirm your email" banner while the
 * address is unconfirmed, and flash messages.
 */
export default function PortalLayout({
  title,
  emailVerified,
  children,
}: {
  title: string
  emailVerified: boolean
  children: ReactNode
}) {
  const { t } = useI18n()
  const { url, props } = usePage<{ user?: SharedUser | null }>()
  const user = props.user
  const path = url.split('?')[0]

  return (
    <>
      <Head title={title} />
      <header className="site-header portal-header">
        <div className="container">
          <a className="brand" href="/">
            PC<span>MR</span>
          </a>
          <nav className="nav" aria-label={t('common.nav.main')}>
            <Link route="portal.dashboard" aria-current={path === '/portal' ? 'page' : undefined}>
              {t('common.nav.dashboard')}
            </Link>
            <Link
              route="portal.orders.index"
              aria-current={path.startsWith('/portal/orders') ? 'page' : undefined}
            >
              {t('orders.title')}
            </Link>
            <Link
              route="portal.settings"
              aria-current={path === '/portal/settings' ? 'page' : undefined}
            >
              {t('common.nav.settings')}
            </Link>
          </nav>
          <div className="header-tools">
            <LanguageSwitch />
            <Link route="logout" as="button" className="button ghost small">
              {t('common.nav.logout')}
            </Link>
          </div>
        </div>
      </header>
      {!emailVerified && user && (
        <div className="banner" role="status">
          <div className="container">
            <span>{t('portal.banner', { email: user.email })}</span>
            <button
              type="button"
              className="button small"
              onClick={() => router.post('/portal/verify-email', {}, { preserveScroll: true })}
            >
              {t('portal.bannerResend')}
            </button>
          </div>
        </div>
      )}
      <main className="container portal-main">
        <FlashMessages />
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">© PCMR</div>
      </footer>
    </>
  )
}
