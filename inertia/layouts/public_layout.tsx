import type { ReactNode } from 'react'

/**
 * Frame of every public page: brand header, navigation, footer.
 */
export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="site-header">
        <div className="container">
          <a className="brand" href="/">
            PC<span>MR</span>
          </a>
          <nav className="nav" aria-label="Κύρια πλοήγηση">
            <a href="/services">Υπηρεσίες</a>
            <a href="/how-it-works">Πώς δουλεύουμε</a>
            <a href="/pricing">Τιμές</a>
            <a href="/faq">FAQ</a>
            <a href="/contact">Επικοινωνία</a>
          </nav>
        </div>
      </header>
      <main>{children}</main>
      <footer className="site-footer">
        <div className="container">© PCMR — Custom PCs, χειροποίητα στην Αθήνα.</div>
      </footer>
    </>
  )
}
