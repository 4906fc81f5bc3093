/*
| The public site's pages (SPEC §12) that search engines should find: listed
| in /sitemap.xml in both languages (Greek at the path, English at
| `?lang=en`), each with its hreflang alternates. Pages of one visitor
| (quotes, account forms, the portal) are not listed.
*/
export const SITE_PAGES = [
  '/',
  '/services',
  '/how-it-works',
  '/pricing',
  '/faq',
  '/contact',
  '/waitlist',
  '/cookies',
  '/privacy',
  '/terms',
] as const

/** Paths robots should not crawl: the back office, the customer portal, development tools. */
export const PRIVATE_PATHS = ['/staff', '/portal', '/dev'] as const
