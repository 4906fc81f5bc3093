/*
| Request-wide rules, probed from outside on every route of the route table
| (nothing listed by hand, so a route added later is probed too):
|   - an id in a URL that PostgreSQL's integer cannot hold is a 404, not a 500
|     (start/routes/param_matchers.ts);
|   - a NUL character in any field of any request is a field error (422 for
|     JSON, back to the form with the error for forms), not a 500
|     (app/middleware/refuse_nul_bytes_middleware.ts).
| Signed in with the most access there is (a superadmin who passed two-factor;
| a customer on /portal), so that no auth redirect hides a 500.
*/
import { readdirSync } from 'node:fs'
import { test } from '@japa/runner'
import type { ApiClient, ApiResponse } from '@japa/api-client'
import router from '@adonisjs/core/services/router'
import app from '@adonisjs/core/services/app'
import type User from '#models/user'
import { CATALOG_KIND_PAGES } from '#domain/catalog_fields'
import { DEBUG_PAGE_CSP } from '#exceptions/handler'
import i18nManager from '@adonisjs/i18n/services/main'
import { createCustomer, createStaff, enrol } from '#tests/helpers/staff'

type RouteCase = { name: string; method: string; pattern: string; params: string[] }

const STATE_CHANGING = ['POST', 'PUT', 'PATCH', 'DELETE']

function routeTable(): RouteCase[] {
  return Object.values(router.toJSON())
    .flat()
    .map((route) => ({
      name: route.name ?? route.pattern,
      method: route.methods.find((method) => method !== 'HEAD')!,
      pattern: route.pattern,
      params: [...route.pattern.matchAll(/:(\w+)/g)].map((match) => match[1]),
    }))
}

/** A param that carries a database id: named like one (`id`, `lineId`, `order_id`). */
const isIdParam = (param: string) => /^id$|Id$|_id$/.test(param)

/** A value for each param that the route accepts, so that the route matches. */
const PARAM_SAMPLES: Record<string, string> = {
  kind: CATALOG_KIND_PAGES[0].slug,
  locale: 'en',
  token: 'not-a-real-token',
  // A public id (UUID) in customer URLs: no order has it, the route still matches.
  orderId: '00000000-0000-4000-8000-000000000000',
}
const sample = (param: string) => PARAM_SAMPLES[param] ?? (isIdParam(param) ? '1' : 'x')

function urlOf(route: RouteCase, values: Record<string, string> = {}) {
  return route.pattern.replace(/:(\w+)\??/g, (_, param: string) => values[param] ?? sample(param))
}

async function superadmin() {
  const owner = await createStaff({ role: 'superadmin', email: 'owner@pcmr.gr' })
  await enrol(owner)
  return owner
}

/** The request, signed in as whoever may use the route (anonymous on public and guest pages). */
function requestAs(
  client: ApiClient,
  route: RouteCase,
  url: string,
  people: { staff: User; customer: User }
) {
  const request = client.request(url, route.method as 'GET').redirects(0)
  if (STATE_CHANGING.includes(route.method)) request.withCsrfToken()
  if (route.pattern.startsWith('/portal')) return request.loginAs(people.customer)
  if (route.pattern.startsWith('/staff') && route.pattern !== '/staff/login') {
    return request.asStaff(people.staff)
  }
  return request
}

const describe = (request: { method: string; url: string }, status: number, body: string) =>
  `${request.method} ${request.url.slice(0, 80)} → ${status} ${body.slice(0, 120)}`

test.group('Request rules: ids out of the database range', (group) => {
  group.each.timeout(120_000)

  test('every route with an id param answers 404 for 2147483648 and for a 400-digit id', async ({
    client,
    assert,
  }) => {
    const people = { staff: await superadmin(), customer: await createCustomer() }
    const routes = routeTable().filter((route) => route.params.some(isIdParam))
    // The shop's catalog, orders, quotes, quote lines and users: many routes, none listed here.
    assert.isAtLeast(routes.length, 20)

    const failures: string[] = []
    for (const route of routes) {
      for (const param of route.params.filter(isIdParam)) {
        for (const huge of ['2147483648', '9'.repeat(400)]) {
          const url = urlOf(route, { [param]: huge })
          const response = await requestAs(client, route, url, people)
          if (response.status() !== 404) {
            failures.push(
              describe({ method: route.method, url }, response.status(), response.text())
            )
          }
        }
      }
    }
    assert.deepEqual(failures, [])
  })

  test('the largest integer id is still routed (an unknown record, so a 404 from the app)', async ({
    client,
  }) => {
    const owner = await superadmin()
    const response = await client.get('/staff/users/2147483647').asStaff(owner).redirects(0)
    response.assertStatus(404)
  })
})

/*
| The field names of a representative body: every field some validator of
| the app reads (app/validators), so each route gets the fields it reads.
*/
async function validatorFieldNames(): Promise<string[]> {
  const names = new Set<string>()
  const collect = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(collect)
    if (node === null || typeof node !== 'object') return
    const record = node as Record<string, unknown>
    if (Array.isArray(record.properties)) {
      for (const property of record.properties as { fieldName?: unknown }[]) {
        if (typeof property.fieldName === 'string') names.add(property.fieldName)
      }
    }
    Object.values(record).forEach(collect)
  }
  const folder = app.makePath('app/validators')
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts'))) {
    const module = await import(`#validators/${file.replace(/\.ts$/, '')}`)
    for (const value of Object.values(module)) {
      const validator = value as { toJSON?: () => unknown; validate?: unknown }
      if (typeof validator?.toJSON === 'function' && typeof validator.validate === 'function') {
        collect(validator.toJSON())
      }
    }
  }
  return [...names].sort()
}

const withNul = (field: string) => `${field}\u0000value`

test.group('Request rules: a NUL character in any field', (group) => {
  group.each.timeout(180_000)

  test('every state-changing route answers 422 naming each field of its body that holds NUL', async ({
    client,
    assert,
  }) => {
    const people = { staff: await superadmin(), customer: await createCustomer() }
    const fields = await validatorFieldNames()
    assert.includeMembers(fields, ['email', 'password', 'firstName', 'name', 'reason'])
    const routes = routeTable().filter((route) => STATE_CHANGING.includes(route.method))
    assert.isAtLeast(routes.length, 30)

    // One request per route, NUL in every field at once: each field must be named.
    const body = Object.fromEntries(fields.map((field) => [field, withNul(field)]))
    const failures: string[] = []
    for (const route of routes) {
      const url = urlOf(route)
      const response = await requestAs(client, route, url, people).accept('json').json(body)
      const named = new Set(
        ((response.body()?.errors ?? []) as { field: string }[]).map((error) => error.field)
      )
      const missing = fields.filter((field) => !named.has(field))
      if (response.status() !== 422 || missing.length) {
        const summary = describe({ method: route.method, url }, response.status(), response.text())
        failures.push(`${summary} (not named: ${missing.length})`)
      }
    }
    assert.deepEqual(failures, [])
  })

  test('a form posted with %00 goes back to the form with the error next to the field', async ({
    client,
    assert,
  }) => {
    const response = await client
      .post('/login')
      .header('referer', '/login')
      .submitForm({ email: 'maria@example.com', password: 'secret\u0000secret' })

    assert.include([302, 303], response.status())
    response.assertHeader('location', '/login')
    const errors = (response.flashMessage('inputErrorsBag') ?? {}) as Record<string, string[]>
    assert.deepEqual(Object.keys(errors), ['password'])
    assert.match(errors.password[0], /NUL/)
  })

  test('nested JSON and arrays: each path holding NUL is named, in the visitor’s language', async ({
    client,
    assert,
  }) => {
    const response = await client.post('/login').submitJson({
      email: 'maria@example.com',
      password: 'fine',
      lines: [{ name: 'ok' }, { name: 'bad\u0000', tags: ['x', 'y\u0000'] }],
      meta: { 'key\u0000': 'value' },
    })

    response.assertStatus(422)
    const errors = response.body().errors as { field: string; message: string }[]
    assert.sameMembers(
      errors.map((error) => error.field),
      ['lines.1.name', 'lines.1.tags.1', 'meta.key']
    )
    // An anonymous visitor reads Greek.
    assert.equal(
      errors[0].message,
      i18nManager.locale('el').t('validator.shared.messages.nulCharacter')
    )
  })

  test('every GET route refuses %00 in its query string with a 422', async ({ client, assert }) => {
    const people = { staff: await superadmin(), customer: await createCustomer() }
    const routes = routeTable().filter((route) => route.method === 'GET')
    assert.isAtLeast(routes.length, 30)

    const failures: string[] = []
    for (const route of routes) {
      const url = `${urlOf(route)}?q=a%00b&search=a%00b&page=1%00`
      const response = await requestAs(client, route, url, people).accept('json')
      if (response.status() !== 422) {
        failures.push(describe({ method: 'GET', url }, response.status(), response.text()))
      }
    }
    assert.deepEqual(failures, [])
  })
})

/*
| Security headers (config/shield.ts, app/middleware/security_headers_middleware.ts)
| on every response, and no-store for whoever is signed in.
*/
const REFERRER_POLICIES = ['strict-origin-when-cross-origin', 'same-origin']

function securityHeaderProblems(response: ApiResponse): string[] {
  const problems: string[] = []
  const csp = response.header('content-security-policy') ?? ''
  // Outside production an error without a status page is the framework's debug
  // page, with a policy of its own (app/exceptions/handler.ts); every other
  // response has the app's nonce-based policy.
  if (csp !== DEBUG_PAGE_CSP) {
    if (!csp.includes("default-src 'self'")) problems.push('no CSP default-src')
    if (!/script-src 'self' 'nonce-[\w-]+'/.test(csp)) problems.push('no CSP script nonce')
    if (/unsafe-inline|unsafe-eval/.test(csp)) problems.push('CSP allows unsafe-*')
  }
  // Pages with a secret token in their URL narrow it further, to same-origin.
  if (!REFERRER_POLICIES.includes(response.header('referrer-policy') ?? '')) {
    problems.push(`referrer-policy ${response.header('referrer-policy')}`)
  }
  if (response.header('x-frame-options') !== 'DENY') problems.push('no x-frame-options')
  if (response.header('x-content-type-options') !== 'nosniff') problems.push('no nosniff')
  if (!response.header('strict-transport-security')) problems.push('no HSTS')
  return problems
}

const nonceOf = (response: ApiResponse) =>
  /'nonce-([\w-]+)'/.exec(response.header('content-security-policy') ?? '')?.[1]

test.group('Request rules: security headers', (group) => {
  group.each.timeout(120_000)

  test('every GET route carries them; signed-in customers and staff get no-store', async ({
    client,
    assert,
  }) => {
    const people = { staff: await superadmin(), customer: await createCustomer() }
    const routes = routeTable().filter((route) => route.method === 'GET')
    assert.isAtLeast(routes.length, 30)

    const failures: string[] = []
    for (const route of routes) {
      const url = urlOf(route)
      const response = await requestAs(client, route, url, people)
      const problems = securityHeaderProblems(response)
      const signedIn =
        route.pattern.startsWith('/portal') ||
        (route.pattern.startsWith('/staff') && route.pattern !== '/staff/login')
      if (signedIn && !/no-store/.test(response.header('cache-control') ?? '')) {
        problems.push(`cache-control ${response.header('cache-control')}`)
      }
      if (problems.length)
        failures.push(`GET ${url} → ${response.status()}: ${problems.join(', ')}`)
    }
    assert.deepEqual(failures, [])
  })

  test('a public page is no-store too when a signed-in user asks for it', async ({ client }) => {
    const customer = await createCustomer()
    const signedIn = await client.get('/terms').loginAs(customer)
    signedIn.assertStatus(200)
    signedIn.assertHeader('cache-control', 'no-store')
  })

  test('an unknown URL answers 404 with the same headers, as HTML and as JSON', async ({
    client,
    assert,
  }) => {
    for (const accept of ['html', 'json'] as const) {
      const response = await client.get('/no/such/page').accept(accept)
      response.assertStatus(404)
      assert.deepEqual(securityHeaderProblems(response), [], accept)
      response.assertHeader('referrer-policy', 'strict-origin-when-cross-origin')
    }
  })

  test('a server error answers 500 with the same headers', async ({ client, assert, cleanup }) => {
    const { default: HomeController } = await import('#controllers/home_controller')
    const show = HomeController.prototype.show
    HomeController.prototype.show = async () => {
      throw new Error('boom')
    }
    cleanup(() => {
      HomeController.prototype.show = show
    })

    const json = await client.get('/').accept('json')
    json.assertStatus(500)
    assert.deepEqual(securityHeaderProblems(json), [])

    // Tests run with debug on, like development: the framework's debug page.
    const html = await client.get('/').accept('html')
    html.assertStatus(500)
    assert.deepEqual(securityHeaderProblems(html), [])
    html.assertHeader('content-security-policy', DEBUG_PAGE_CSP)
  })

  test('the page’s inline script and the nonce meta tag carry the header’s nonce, new on each request', async ({
    client,
    assert,
  }) => {
    const first = await client.get('/login')
    const second = await client.get('/login')
    const nonce = nonceOf(first)
    assert.isString(nonce)
    assert.notEqual(nonce, nonceOf(second))
    const page = first.text()
    assert.include(page, `<meta property="csp-nonce" nonce="${nonce}"`)
    // Every <script> and <style> in the page carries it (Vite's tags, React refresh).
    const tags = [...page.matchAll(/<(script|style)\b[^>]*>/g)].map((match) => match[0])
    assert.isAbove(tags.length, 0)
    for (const tag of tags) {
      if (!/type="application\/json"/.test(tag)) assert.include(tag, `nonce="${nonce}"`)
    }
  })
})
