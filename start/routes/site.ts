/*
| The public site (SPEC §12): information pages, the request forms (/contact,
| /waitlist), the cookie consent endpoint, robots.txt and sitemap.xml. Every
| page is server-rendered (config/inertia.ts) and has a Greek and an English
| version (LocaleMiddleware).
*/
import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { COOKIE_POLICY_VERSION } from '#domain/cookie_policy'
import { publicFormsThrottle } from '#start/limiter'

router.on('/services').renderInertia('public/site/services', {}).as('services')
router.on('/how-it-works').renderInertia('public/site/how_it_works', {}).as('how_it_works')
router.on('/faq').renderInertia('public/site/faq', {}).as('faq')
router
  .on('/cookies')
  .renderInertia('public/site/cookies', { policyVersion: COOKIE_POLICY_VERSION })
  .as('cookies')
router.get('/pricing', [controllers.site.Pricing, 'show']).as('pricing')

router.get('/contact', [controllers.site.Contact, 'show']).as('contact')
router
  .post('/contact', [controllers.site.Contact, 'store'])
  .as('contact.store')
  .use(publicFormsThrottle)
router.get('/waitlist', [controllers.site.Waitlist, 'show']).as('waitlist')
router
  .post('/waitlist', [controllers.site.Waitlist, 'store'])
  .as('waitlist.store')
  .use(publicFormsThrottle)
router
  .post('/cookies/consent', [controllers.site.CookieConsent, 'store'])
  .as('cookies.consent')
  .use(publicFormsThrottle)

router.get('/robots.txt', [controllers.site.Seo, 'robots']).as('robots')
router.get('/sitemap.xml', [controllers.site.Seo, 'sitemap']).as('sitemap')
