/*
| The public site (issue 9, items 5–7): its pages in both languages with their
| head tags, robots.txt and sitemap.xml, /pricing from the catalog, /contact
| with its intake requests and the staff's one-click draft, /waitlist, and
| the cookie consent endpoint.
*/
import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import mail from '@adonisjs/mail/services/main'
import { appUrl } from '#config/app'
import { staffNotifyEmails } from '#config/mail'
import { COOKIE_POLICY_VERSION } from '#domain/cookie_policy'
import { formatMoney } from '#domain/money'
import { SITE_PAGES } from '#domain/site_map'
import { COMPONENT_CATEGORIES, type ComponentCategory } from '#domain/statuses'
import { ComponentFactory } from '#database/factories/component_factory'
import IntakeReceivedMail from '#mails/site/intake_received_mail'
import WaitlistJoinedMail from '#mails/site/waitlist_joined_mail'
import IntakeNotifyMail from '#mails/staff/intake_notify_mail'
import WaitlistNotifyMail from '#mails/staff/waitlist_notify_mail'
import CookieConsent from '#models/cookie_consent'
import IntakeRequest from '#models/intake_request'
import Order from '#models/order'
import WaitlistEntry from '#models/waitlist_entry'
import { createCustomer, createEnrolledStaff } from '#tests/helpers/staff'
import { assertRedirect, fieldError } from '#tests/helpers/requests'
import { ROUTE_LIMITS } from '#start/limiter'

const siteUrl = appUrl.replace(/\/+$/, '')

function html(client: ApiClient, path: string, locale?: 'el' | 'en') {
  const request = client.get(path).header('accept', 'text/html')
  return locale ? request.withPlainCookie('locale', locale) : request
}

/** The attribute `name` of the first `<tag …>` whose attributes match `where`. */
function attribute(page: string, tag: string, where: RegExp, name: string) {
  for (const element of page.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))) {
    if (where.test(element[0])) {
      return element[0].match(new RegExp(`\\b${name}="([^"]*)"`))?.[1]?.replaceAll('&amp;', '&')
    }
  }
  return undefined
}

/**
 * What a reader sees of a server-rendered page: the text and the attributes
 * read out or shown (title, alt, aria-label, placeholder, meta description),
 * without scripts, styles and the page data. Elements marked with another
 * `lang` (the language switch's own names) are left out.
 */
function visibleText(page: string, locale: 'el' | 'en') {
  const other = locale === 'el' ? 'en' : 'el'
  const body = page
    .replace(/<script\b[\s\S]*?<\/script>/g, ' ')
    .replace(/<style\b[\s\S]*?<\/style>/g, ' ')
    .replace(new RegExp(`<(\\w+)\\b[^>]*\\blang="${other}"[^>]*>[\\s\\S]*?</\\1>`, 'g'), ' ')
  const attributes = [...body.matchAll(/\b(?:title|alt|aria-label|placeholder|content)="([^"]*)"/g)]
    .map((match) => match[1])
    .filter((value) => !/^(https?:|\/|#|[a-z]{2}_[A-Z]{2}$|website$|width=)/.test(value))
  const text = body.replace(/<[^>]+>/g, ' ')
  return [text, ...attributes]
    .join(' ')
    .replaceAll('&amp;', '&')
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&nbsp;', ' ')
}

/**
 * Latin words a Greek page may show: the brand and product words, names of
 * things, and technical terms Greek uses as they are.
 */
const LATIN_ON_GREEK_PAGES = new Set([
  'PCMR',
  'PC',
  // The logo: PC<span>MR</span>.
  'MR',
  'PCs',
  'Custom',
  'custom',
  'Boutique',
  'builder',
  'Gaming',
  'gaming',
  'Email',
  'email',
  'Viva',
  'QA',
  'BIOS',
  'hash',
  'drivers',
  'browser',
  'banner',
  'site',
  'sites',
  'Cookies',
  'cookies',
  'Cookie',
  'cookie',
  'locale',
  'pcmr',
  'session',
  'XSRF',
  'TOKEN',
  'EL',
  'EN',
  '3D',
  'Google',
])

test.group('Public site: pages and languages', () => {
  test('every public page is server-rendered in both languages with its head tags', async ({
    client,
    assert,
  }) => {
    for (const path of SITE_PAGES) {
      for (const locale of ['el', 'en'] as const) {
        const response = await html(client, path, locale)
        response.assertStatus(200)
        const page = response.text()
        const where = `${path} (${locale})`
        assert.include(page, `<html lang="${locale}">`, where)
        // Rendered on the server: the heading is in the HTML.
        assert.match(page, /<h1[^>]*>[^<]+<\/h1>/, where)
        assert.match(page, /<title[^>]*>[^<]+ · PCMR<\/title>/, where)

        const description = attribute(page, 'meta', /name="description"/, 'content')
        assert.isAbove(description?.length ?? 0, 40, `${where}: description`)
        const english = `${siteUrl}${path}?lang=en`
        const greek = `${siteUrl}${path}`
        const own = locale === 'el' ? greek : english
        assert.equal(attribute(page, 'link', /rel="canonical"/, 'href'), own, where)
        assert.equal(attribute(page, 'link', /hreflang="el"/i, 'href'), greek, where)
        assert.equal(attribute(page, 'link', /hreflang="en"/i, 'href'), english, where)
        assert.equal(attribute(page, 'link', /hreflang="x-default"/i, 'href'), greek, where)
        assert.equal(attribute(page, 'meta', /property="og:url"/, 'content'), own, where)
        assert.equal(
          attribute(page, 'meta', /property="og:locale"/, 'content'),
          locale === 'el' ? 'el_GR' : 'en_GB',
          where
        )
        assert.isDefined(attribute(page, 'meta', /property="og:title"/, 'content'), where)
        assert.isDefined(attribute(page, 'meta', /property="og:description"/, 'content'), where)
        // One <title>: the layout's fallback is left out of server-rendered pages.
        assert.lengthOf(page.match(/<title\b/g) ?? [], 1, where)
      }
    }
  })

  test('no Greek page shows English and no English page Greek (names and brand words excepted)', async ({
    client,
    assert,
  }) => {
    for (const path of SITE_PAGES) {
      const greekPage = await html(client, path, 'el')
      const greek = visibleText(greekPage.text(), 'el')
      const latinWords = (greek.match(/[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*/g) ?? []).filter(
        (word) => !LATIN_ON_GREEK_PAGES.has(word)
      )
      assert.deepEqual(
        [...new Set(latinWords)].map((word) => {
          // The word in its context, to find it on the page.
          const at = greek.search(new RegExp(`(?<![A-Za-z])${word}(?![A-Za-z0-9])`))
          return greek.slice(Math.max(0, at - 30), at + word.length + 30)
        }),
        [],
        `English words on the Greek ${path}`
      )

      const englishPage = await html(client, path, 'en')
      const english = visibleText(englishPage.text(), 'en')
      const greekWords = english.match(/[\u0370-\u03ff\u1f00-\u1fff]+/g) ?? []
      assert.deepEqual([...new Set(greekWords)], [], `Greek words on the English ${path}`)
    }
  })

  test('?lang= picks a version and keeps it as the visitor choice; an account language wins', async ({
    client,
    assert,
  }) => {
    const english = await html(client, '/services?lang=en')
    assert.include(english.text(), '<html lang="en">')
    english.assertCookie('locale', 'en')

    const chosen = await html(client, '/faq', 'en')
    assert.include(chosen.text(), '<html lang="en">')

    const customer = await createCustomer()
    const signedIn = await html(client, '/faq', 'en').loginAs(customer)
    assert.include(signedIn.text(), '<html lang="el">')
  })

  test('robots.txt keeps crawlers out of the back office and portal and names the sitemap', async ({
    client,
    assert,
  }) => {
    const robots = await client.get('/robots.txt')
    robots.assertStatus(200)
    assert.match(robots.header('content-type') ?? '', /^text\/plain/)
    assert.include(robots.text(), 'Disallow: /staff')
    assert.include(robots.text(), 'Disallow: /portal')
    assert.include(robots.text(), `Sitemap: ${siteUrl}/sitemap.xml`)
  })

  test('sitemap.xml lists every public page in both languages with its alternates', async ({
    client,
    assert,
  }) => {
    const sitemap = await client.get('/sitemap.xml')
    sitemap.assertStatus(200)
    assert.match(sitemap.header('content-type') ?? '', /^application\/xml/)
    const locations = [...sitemap.text().matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) =>
      m[1].replaceAll('&amp;', '&')
    )
    assert.sameMembers(
      locations,
      SITE_PAGES.flatMap((path) => [`${siteUrl}${path}`, `${siteUrl}${path}?lang=en`])
    )
    assert.include(
      sitemap.text(),
      `<xhtml:link rel="alternate" hreflang="en" href="${siteUrl}/pricing?lang=en"/>`
    )
    for (const path of SITE_PAGES) {
      const response = await client.get(path)
      response.assertStatus(200)
    }
  })
})

test.group('Public site: pricing from the catalog', () => {
  // The parts every build needs: every category but the graphics card, fans and other parts.
  const CORE = COMPONENT_CATEGORIES.filter(
    (category) => !['gpu', 'fan', 'other'].includes(category)
  )

  test('each typical build is priced from real catalog prices of its parts', async ({
    client,
    assert,
  }) => {
    // One price per category: every percentile of a category is that price.
    const prices: Record<string, number> = {}
    let price = 10_000
    for (const category of [...CORE, 'gpu'] as ComponentCategory[]) {
      prices[category] = price
      await ComponentFactory.merge({ category, priceCents: price, active: true }).create()
      // An inactive part never counts.
      await ComponentFactory.merge({ category, priceCents: 99_999_00, active: false }).create()
      price += 1_000
    }
    const core = CORE.reduce((sum, category) => sum + prices[category], 0)

    const response = await client.get('/pricing').withInertia()
    response.assertStatus(200)
    const builds = response.inertiaProps.builds as {
      build: string
      gpu: boolean
      range: { min: string; max: string } | null
    }[]
    assert.deepEqual(
      builds.map(({ build, gpu }) => ({ build, gpu })),
      [
        { build: 'office', gpu: false },
        { build: 'gaming', gpu: true },
        { build: 'creator', gpu: true },
      ]
    )
    assert.deepEqual(builds[0].range, {
      min: formatMoney(core, 'el'),
      max: formatMoney(core, 'el'),
    })
    assert.deepEqual(builds[1].range, {
      min: formatMoney(core + prices.gpu, 'el'),
      max: formatMoney(core + prices.gpu, 'el'),
    })
  })

  test('cheaper builds come from the cheaper part of the catalog', async ({ client, assert }) => {
    for (const category of [...CORE, 'gpu'] as ComponentCategory[]) {
      for (const cents of [5_000, 10_000, 20_000, 40_000, 80_000]) {
        await ComponentFactory.merge({ category, priceCents: cents, active: true }).create()
      }
    }
    const response = await client.get('/pricing').withInertia().withPlainCookie('locale', 'en')
    const builds = response.inertiaProps.builds as { range: { min: string; max: string } }[]
    // Lowest office build: the cheapest of each of the 7 core parts.
    assert.equal(builds[0].range.min, formatMoney(7 * 5_000, 'en'))
    // Highest creator build: the dearest of each part, graphics card included.
    assert.equal(builds[2].range.max, formatMoney(8 * 80_000, 'en'))
  })

  test('without the parts of a build, no range is made up', async ({ client, assert }) => {
    await ComponentFactory.merge({ category: 'cpu', priceCents: 20_000 }).create()
    const response = await client.get('/pricing').withInertia()
    const builds = response.inertiaProps.builds as { range: unknown }[]
    assert.isTrue(builds.every((build) => build.range === null))
    const page = await html(client, '/pricing')
    assert.include(page.text(), 'Δεν υπάρχουν αρκετά διαθέσιμα εξαρτήματα')
  })
})

function postForm(client: ApiClient, url: string, body: Record<string, unknown>) {
  return client
    .post(url)
    .withInertia()
    .withCsrfToken()
    .header('referer', url)
    .json(body)
    .redirects(0)
}

const CONTACT = {
  name: 'Νίκος Παπαδόπουλος',
  email: 'Nikos@Example.com',
  phone: '+30 6912345678',
  useCase: 'gaming',
  budget: 1500,
  message: 'Θέλω ένα αθόρυβο σύστημα για 1440p.',
}

test.group('Public site: contact requests', () => {
  test('a request is stored; the requester gets a confirmation in their language, staff a notice', async ({
    client,
    assert,
  }) => {
    using fake = mail.fake()
    const response = await postForm(client, '/contact', CONTACT).withPlainCookie('locale', 'en')
    response.assertStatus(302)
    response.assertHeader('location', '/contact')
    response.assertFlashMessage(
      'success',
      'We have your request. We emailed you a confirmation and will reply soon.'
    )

    const stored = await IntakeRequest.firstOrFail()
    assert.include(stored.toJSON(), {
      name: CONTACT.name,
      email: 'nikos@example.com',
      phone: CONTACT.phone,
      useCase: 'gaming',
      budgetCents: 150_000,
      message: CONTACT.message,
      locale: 'en',
      orderId: null,
    })

    fake.mails.assertQueued(IntakeReceivedMail, ({ message }) => {
      return message.hasTo('nikos@example.com') && message.hasSubject('We have your request')
    })
    assert.isAbove(staffNotifyEmails.length, 0)
    fake.mails.assertQueued(IntakeNotifyMail, ({ message }) => {
      return (
        staffNotifyEmails.every((address) => message.hasTo(address)) &&
        message.hasSubject(`New request from ${CONTACT.name}`) &&
        message.hasReplyTo('nikos@example.com')
      )
    })
  })

  test('a Greek visitor is answered in Greek', async ({ client }) => {
    using fake = mail.fake()
    const response = await postForm(client, '/contact', { ...CONTACT, budget: null })
    response.assertFlashMessage(
      'success',
      'Λάβαμε το αίτημά σας. Σας στείλαμε επιβεβαίωση με email και θα σας απαντήσουμε σύντομα.'
    )
    fake.mails.assertQueued(IntakeReceivedMail, ({ message }) =>
      message.hasSubject('Λάβαμε το αίτημά σας')
    )
  })

  test('bad input: field errors next to each field, in the page language, never a 500', async ({
    client,
    assert,
  }) => {
    const greek = await postForm(client, '/contact', {
      name: '',
      email: 'not-an-email',
      useCase: 'crypto-mining',
      budget: 'a lot',
      message: 'x'.repeat(5001),
    })
    greek.assertStatus(302)
    assert.equal(fieldError(greek, 'name'), 'Συμπληρώστε αυτό το πεδίο.')
    assert.equal(fieldError(greek, 'email'), 'Γράψτε μια έγκυρη διεύθυνση email.')
    assert.equal(fieldError(greek, 'useCase'), 'Επιλέξτε μία από τις διαθέσιμες τιμές.')
    assert.equal(fieldError(greek, 'budget'), 'Γράψτε έναν αριθμό.')
    assert.equal(fieldError(greek, 'message'), 'Επιτρέπονται έως 5000 χαρακτήρες.')

    const english = await postForm(client, '/contact', {
      ...CONTACT,
      budget: 12.5,
    }).withPlainCookie('locale', 'en')
    assert.equal(fieldError(english, 'budget'), 'Enter a whole number, without decimals.')

    // A JSON client: 422 naming each field, unknown keys included.
    const json = await client
      .post('/contact')
      .submitJson({ ...CONTACT, name: ['array'], budget: -1, isAdmin: true, orderId: 7 })
    json.assertStatus(422)
    const fields = (json.body().errors as { field: string }[]).map((error) => error.field)
    assert.includeMembers(fields, ['name', 'budget', 'isAdmin', 'orderId'])

    assert.lengthOf(await IntakeRequest.all(), 0)
  })

  test('staff see the request and turn it into a draft quote in one click (once)', async ({
    client,
    assert,
  }) => {
    await postForm(client, '/contact', CONTACT).withPlainCookie('locale', 'en')
    const request = await IntakeRequest.firstOrFail()
    const staff = await createEnrolledStaff()

    const list = await client.get('/staff/requests').withInertia().asStaff(staff)
    list.assertStatus(200)
    list.assertInertiaComponent('staff/requests/index')
    const rows = (list.inertiaProps.requests as { data: Record<string, unknown>[] }).data
    assert.lengthOf(rows, 1)
    assert.include(rows[0], { name: CONTACT.name, email: 'nikos@example.com', draft: null })

    const toDraft = () =>
      client
        .post(`/staff/requests/${request.id}/draft`)
        .withInertia()
        .withCsrfToken()
        .asStaff(staff)
        .redirects(0)
    const first = await toDraft()
    first.assertStatus(302)
    const order = await Order.firstOrFail()
    first.assertHeader('location', `/staff/quotes/${order.id}/edit`)
    assert.include(order.toJSON(), {
      orderStatus: 'draft',
      intakeName: CONTACT.name,
      intakeEmail: 'nikos@example.com',
      intakePhone: CONTACT.phone,
      intakeLocale: 'en',
      useCase: 'Gaming',
      budgetCents: 150_000,
      notes: CONTACT.message,
      createdById: staff.id,
    })
    await request.refresh()
    assert.equal(request.orderId, order.id)

    // A second click (or a double submit) opens the same draft.
    const second = await toDraft()
    second.assertHeader('location', `/staff/quotes/${order.id}/edit`)
    assert.lengthOf(await Order.all(), 1)
  })

  test('customers and visitors cannot see or convert requests', async ({ client }) => {
    await postForm(client, '/contact', CONTACT)
    const request = await IntakeRequest.firstOrFail()
    const customer = await createCustomer()

    const visitor = await client.get('/staff/requests').redirects(0)
    visitor.assertStatus(302)
    visitor.assertHeader('location', '/staff/login')

    const asCustomer = await client
      .post(`/staff/requests/${request.id}/draft`)
      .withCsrfToken()
      .loginAs(customer)
      .redirects(0)
    asCustomer.assertStatus(302)
    asCustomer.assertHeader('location', '/portal')
  })
})

test.group('Public site: waitlist', () => {
  test('an address joins once; again, it is answered politely and nothing is sent twice', async ({
    client,
    assert,
  }) => {
    using fake = mail.fake()
    const first = await postForm(client, '/waitlist', { email: 'Anna@Example.com', name: 'Άννα' })
    first.assertFlashMessage(
      'success',
      'Είστε στη λίστα αναμονής. Σας στείλαμε επιβεβαίωση με email.'
    )
    fake.mails.assertQueued(
      WaitlistJoinedMail,
      ({ message }) =>
        message.hasTo('anna@example.com') && message.hasSubject('Είστε στη λίστα αναμονής της PCMR')
    )
    fake.mails.assertQueued(WaitlistNotifyMail, ({ message }) =>
      staffNotifyEmails.every((address) => message.hasTo(address))
    )
    fake.mails.assertQueuedCount(2)

    const again = await postForm(client, '/waitlist', {
      email: 'ANNA@example.com',
    }).withPlainCookie('locale', 'en')
    again.assertStatus(302)
    again.assertFlashMessage(
      'success',
      'Your email is already on the waitlist: we will write to you as soon as slots open.'
    )
    fake.mails.assertQueuedCount(2)
    const entries = await WaitlistEntry.all()
    assert.lengthOf(entries, 1)
    assert.include(entries[0].toJSON(), { email: 'anna@example.com', name: 'Άννα', locale: 'el' })
  })

  test('bad input is a 4xx with field errors', async ({ client, assert }) => {
    const form = await postForm(client, '/waitlist', { email: 'nope', name: 'x'.repeat(201) })
    assert.equal(fieldError(form, 'email'), 'Γράψτε μια έγκυρη διεύθυνση email.')
    assert.equal(fieldError(form, 'name'), 'Επιτρέπονται έως 200 χαρακτήρες.')

    const json = await client.post('/waitlist').submitJson({ email: 42, interest: 'everything' })
    json.assertStatus(422)
    assert.sameMembers(
      (json.body().errors as { field: string }[]).map((error) => error.field),
      ['email', 'interest']
    )
    assert.lengthOf(await WaitlistEntry.all(), 0)
  })
})

test.group('Public site: throttled forms', () => {
  const { requests: allowed } = ROUTE_LIMITS.publicForms

  test('past the limit, the form says how long to wait, in the page language; scripts get 429', async ({
    client,
    assert,
  }) => {
    for (let post = 0; post < allowed; post++) {
      const refused = await client.post('/waitlist').submitJson({})
      refused.assertStatus(422)
    }
    const anna = { email: 'anna@example.com', name: 'Άννα' }

    const form = await postForm(client, '/waitlist', anna)
    assertRedirect(form, '/waitlist')
    assert.match(
      fieldError(form, 'form') ?? '',
      /^Πάρα πολλές προσπάθειες\. Δοκιμάστε ξανά σε \d+ λεπτ(ό|ά)\.$/
    )

    const english = await postForm(client, '/waitlist', anna).withPlainCookie('locale', 'en')
    assert.match(
      fieldError(english, 'form') ?? '',
      /^Too many attempts, try again in \d+ minutes?\.$/
    )

    const json = await client.post('/waitlist').submitJson(anna)
    json.assertStatus(429)
    const retryAfter = Number(json.header('retry-after'))
    assert.isAbove(retryAfter, 0)
    assert.isAtMost(retryAfter, 10 * 60) // ROUTE_LIMITS.publicForms.duration
    assert.equal(json.body().errors[0].field, 'form')

    const page = await client
      .post('/waitlist')
      .withCsrfToken()
      .header('accept', 'text/html')
      .form(anna)
      .redirects(0)
    page.assertStatus(429)
    assert.match(page.text(), /^Πάρα πολλές προσπάθειες/)

    assert.lengthOf(await WaitlistEntry.all(), 0)
  })
})

test.group('Public site: cookies', () => {
  test('/cookies says the site sets no non-essential cookie, and shows the policy version', async ({
    client,
    assert,
  }) => {
    const page = await html(client, '/cookies', 'en')
    assert.include(page.text(), 'no consent banner')
    assert.include(page.text(), `Policy version: ${COOKIE_POLICY_VERSION}`)
    // No page carries a consent banner.
    const home = await html(client, '/')
    assert.notInclude(home.text(), 'cookie-banner')
  })

  test('a consent is stored with the policy version, under the browser anonymous id', async ({
    client,
    assert,
  }) => {
    const first = await client
      .post('/cookies/consent')
      .submitJson({ analytics: false, marketing: false })
    first.assertStatus(201)
    first.assertBodyContains({ policyVersion: COOKIE_POLICY_VERSION })
    const anonymousId = first.cookie('consent_id')?.value as string
    assert.match(anonymousId, /^[0-9a-f-]{36}$/)

    const second = await client
      .post('/cookies/consent')
      .withCsrfToken()
      .accept('json')
      .withPlainCookie('consent_id', anonymousId)
      .json({ analytics: true, marketing: false })
    second.assertStatus(201)

    const rows = await CookieConsent.query().orderBy('id')
    assert.deepEqual(
      rows.map((row) => ({
        anonymousId: row.anonymousId,
        choices: row.choices,
        policyVersion: row.policyVersion,
      })),
      [
        {
          anonymousId,
          choices: { necessary: true, analytics: false, marketing: false },
          policyVersion: COOKIE_POLICY_VERSION,
        },
        {
          anonymousId,
          choices: { necessary: true, analytics: true, marketing: false },
          policyVersion: COOKIE_POLICY_VERSION,
        },
      ]
    )
  })

  test('bad choices and a forged id are refused or replaced, never a 500', async ({
    client,
    assert,
  }) => {
    const bad = await client
      .post('/cookies/consent')
      .submitJson({ analytics: 'maybe', tracking: true })
    bad.assertStatus(422)
    assert.sameMembers(
      (bad.body().errors as { field: string }[]).map((error) => error.field),
      ['analytics', 'marketing', 'tracking']
    )

    const forged = await client
      .post('/cookies/consent')
      .withCsrfToken()
      .accept('json')
      .withPlainCookie('consent_id', "x' or 1=1")
      .json({ analytics: false, marketing: false })
    forged.assertStatus(201)
    const row = await CookieConsent.firstOrFail()
    assert.match(row.anonymousId, /^[0-9a-f-]{36}$/)
  })
})
