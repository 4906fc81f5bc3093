/*
| The public site (SPEC §12): information pages, the request forms (/contact,
| /waitlist), the cookie consent endpoint, robots.txt and sitemap.xml. Every
| page is server-rendered (config/inertia.ts) and has a Greek and an English
| version (LocaleMiddleware).
*/
import router from '@adonisjs/core/services/router'
import { COOKIE_POLICY_VERSION } from '#domain/cookie_policy'

router.on('/services').renderInertia('public/site/services', {}).as('services')
router.on('/how-it-works').renderInertia('public/site/how_it_works', {}).as('how_it_works')
router.on('/faq').renderInertia('public/site/faq', {}).as('faq')
router
  .on('/cookies')
  .renderInertia('public/site/cookies', { policyVersion: COOKIE_POLICY_VERSION })
  .as('cookies')
