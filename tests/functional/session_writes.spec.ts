/*
| What requests cost the sessions table, on the store production uses (the
| database; the other tests run on the memory store): a health probe and an
| anonymous page view write nothing (CSRF still works for that visitor), a
| form that flashes a message does write its row, and expired rows are purged
| on a schedule.
*/
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { configProvider } from '@adonisjs/core'
import emitter from '@adonisjs/core/services/emitter'
import db from '@adonisjs/lucid/services/db'
import SessionMiddleware from '@adonisjs/session/session_middleware'
import { Schedule } from '@adonisjs/queue'
import { DateTime } from 'luxon'
import PurgeExpiredSessionsJob from '#jobs/purge_expired_sessions_job'
import SessionPurgeService from '#services/session_purge_service'
import { FACTORY_PASSWORD, UserFactory } from '#database/factories/user_factory'
import { statementsDuring } from '#tests/helpers/database'

const BASE_URL = `http://${process.env.HOST}:${process.env.PORT}`

/** Runs the session middleware on the database store for the group's tests. */
async function useDatabaseSessions() {
  const config = await configProvider.resolve<any>(app, app.config.get('session'))
  app.container.swap(
    SessionMiddleware,
    () => new SessionMiddleware({ ...config, store: 'database' }, emitter)
  )
  return () => app.container.restore(SessionMiddleware)
}

/** The SQL text of every statement sent to PostgreSQL while `action` runs. */
async function sqlDuring(action: () => Promise<unknown>) {
  const sent = await statementsDuring(action)
  return sent.map((statement) => statement.sql)
}

/** A browser's cookie jar, enough for the session and XSRF-TOKEN cookies. */
class Browser {
  cookies = new Map<string, string>()
  lastSetCookies: string[] = []

  async request(path: string, init: RequestInit = {}) {
    const response = await fetch(`${BASE_URL}${path}`, {
      redirect: 'manual',
      ...init,
      headers: {
        accept: 'text/html',
        cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
        ...init.headers,
      },
    })
    this.lastSetCookies = response.headers.getSetCookie()
    for (const header of this.lastSetCookies) {
      const [pair] = header.split(';')
      const index = pair.indexOf('=')
      const value = pair.slice(index + 1)
      // A cleared cookie comes back empty and already expired.
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(header))
        this.cookies.delete(pair.slice(0, index))
      else this.cookies.set(pair.slice(0, index), value)
    }
    await response.arrayBuffer()
    return response
  }

  /** Posts the login form (a wrong password) with the given headers. */
  submitLogin(headers: Record<string, string>) {
    return this.request('/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ email: 'nobody@example.com', password: 'wrong-password-123' }),
    })
  }

  /** The login page's Inertia props: the flashed error message and the form's field errors. */
  async loginPageProps(): Promise<{ flash: { error?: string }; errors: Record<string, unknown> }> {
    const response = await fetch(`${BASE_URL}/login`, {
      headers: { cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
    })
    const html = await response.text()
    const page = html.match(/<script data-page="app" type="application\/json">(.*?)<\/script>/s)
    return JSON.parse(page![1]).props
  }

  get setCookieNames() {
    return this.lastSetCookies.map((header) => header.slice(0, header.indexOf('=')))
  }
}

/** Shield's message for a missing or wrong CSRF token. */
const CSRF_REFUSAL = 'Invalid or expired CSRF token'

async function sessionRows() {
  const [{ total }] = await db.from('sessions').count('* as total')
  return Number(total)
}

test.group('Session writes', (group) => {
  group.setup(useDatabaseSessions)

  test('GET /health runs no SQL and sets no cookie', async ({ assert }) => {
    let response: Response | undefined
    const statements = await sqlDuring(async () => {
      response = await fetch(`${BASE_URL}/health`)
    })

    assert.equal(response!.status, 200)
    assert.deepEqual(await response!.json(), { status: 'ok' })
    assert.deepEqual(response!.headers.getSetCookie(), [])
    assert.deepEqual(statements, [])
  })

  test('anonymous page views write no session row', async ({ assert }) => {
    const browser = new Browser()
    const statements = await sqlDuring(async () => {
      for (const path of ['/', '/pricing', '/login', '/login', '/pricing']) {
        const response = await browser.request(path)
        assert.equal(response.status, 200, path)
      }
    })

    assert.equal(await sessionRows(), 0)
    assert.deepEqual(
      statements.filter((sql) => /"?sessions"?/.test(sql)),
      // The visitor has a session cookie from the first page on: later pages look it up, once each.
      statements.filter((sql) => /^select .* from "sessions"/.test(sql))
    )
  })

  test('an anonymous form works with the XSRF cookie, which is not re-issued while valid', async ({
    assert,
  }) => {
    const browser = new Browser()
    await browser.request('/login')
    assert.includeMembers(browser.setCookieNames, ['pcmr-session', 'XSRF-TOKEN'])
    await browser.request('/login')
    assert.notInclude(browser.setCookieNames, 'XSRF-TOKEN')
    assert.equal(await sessionRows(), 0)

    // Without a token: refused, back to the form with Shield's message.
    await browser.submitLogin({})
    const refused = await browser.loginPageProps()
    assert.equal(refused.flash.error, CSRF_REFUSAL)
    assert.notProperty(refused.errors, 'form')

    // With the cookie's token: the form is processed (the password is wrong).
    await browser.submitLogin({ 'x-xsrf-token': browser.cookies.get('XSRF-TOKEN')! })
    // The flash messages are what writes the visitor's session row…
    assert.equal(await sessionRows(), 1)
    const processed = await browser.loginPageProps()
    assert.isUndefined(processed.flash.error)
    assert.property(processed.errors, 'form')
    // …and the page that shows them empties the session: the row goes.
    assert.equal(await sessionRows(), 0)
  })

  test('a signed-in session lives in its row: touched by each request, gone at logout or expiry', async ({
    assert,
  }) => {
    const customer = await UserFactory.create()
    const browser = new Browser()
    await browser.request('/login')
    const signIn = () =>
      browser.request('/login', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-xsrf-token': browser.cookies.get('XSRF-TOKEN')!,
        },
        body: JSON.stringify({ email: customer.email, password: FACTORY_PASSWORD }),
      })
    /** The rows of signed-in sessions (an anonymous one may hold a flash message). */
    const signedInRows = async () => {
      const rows: { id: string; data: string; expires_at: Date }[] = await db
        .from('sessions')
        .select('id', 'data', 'expires_at')
      return rows.filter((row) => row.data.includes(`"auth_web":${customer.id}`))
    }
    /** Where a page sends the browser (null: it answered). */
    const redirectOf = async (path: string) => {
      const response = await browser.request(path)
      return response.headers.get('location')
    }

    const signedInAnswer = await signIn()
    assert.equal(signedInAnswer.headers.get('location'), '/portal')
    const [signedIn] = await signedInRows()
    assert.exists(signedIn)

    // Each request moves the expiry two hours on (the session's age).
    const soon = DateTime.now().plus({ minutes: 1 }).toJSDate()
    await db.from('sessions').where('id', signedIn.id).update({ expires_at: soon })
    assert.isNull(await redirectOf('/portal'))
    const [touched] = await signedInRows()
    assert.equal(touched.id, signedIn.id)
    assert.approximately(touched.expires_at.getTime() - Date.now(), 2 * 60 * 60 * 1000, 60 * 1000)

    // An expired row is no session: its cookie is signed out, and the row goes.
    const past = DateTime.now().minus({ minutes: 1 }).toJSDate()
    await db.from('sessions').where('id', signedIn.id).update({ expires_at: past })
    assert.equal(await redirectOf('/portal'), '/login')
    assert.deepEqual(await signedInRows(), [])

    // Logging out deletes the row: a copy of the cookie is no session any more.
    await browser.request('/login')
    await signIn()
    assert.lengthOf(await signedInRows(), 1)
    const copiedCookies = new Map(browser.cookies)
    await browser.request('/logout', {
      method: 'POST',
      headers: { 'x-xsrf-token': browser.cookies.get('XSRF-TOKEN')! },
    })
    assert.deepEqual(await signedInRows(), [])
    const replay = new Browser()
    replay.cookies = copiedCookies
    const replayed = await replay.request('/portal')
    assert.equal(replayed.headers.get('location'), '/login')
  })

  test('a token from another session is refused', async ({ assert }) => {
    const visitor = new Browser()
    const attacker = new Browser()
    await visitor.request('/login')
    await attacker.request('/login')

    await visitor.submitLogin({ 'x-xsrf-token': attacker.cookies.get('XSRF-TOKEN')! })
    const { flash } = await visitor.loginPageProps()
    assert.equal(flash.error, CSRF_REFUSAL)
  })
})

test.group('Expired sessions', () => {
  test('are purged, live ones stay', async ({ assert }) => {
    const now = DateTime.now()
    await db.table('sessions').multiInsert([
      { id: 'expired-an-hour-ago', data: '{}', expires_at: now.minus({ hours: 1 }).toJSDate() },
      { id: 'expired-a-day-ago', data: '{}', expires_at: now.minus({ days: 1 }).toJSDate() },
      { id: 'live', data: '{}', expires_at: now.plus({ minutes: 5 }).toJSDate() },
    ])

    assert.equal(await new SessionPurgeService().purgeExpired(), 2)
    const left = await db.from('sessions').select('id')
    assert.deepEqual(
      left.map((row) => row.id),
      ['live']
    )
  })

  test('by the queue worker every quarter hour, once the web server runs', async ({ assert }) => {
    const { PURGE_EXPIRED_SESSIONS_SCHEDULE, registerSchedules } = await import('#start/scheduler')
    await registerSchedules()

    const schedule = await Schedule.find(PURGE_EXPIRED_SESSIONS_SCHEDULE)
    assert.equal(schedule?.name, PurgeExpiredSessionsJob.options.name)
    assert.equal(schedule?.everyMs, 15 * 60 * 1000)
  })
})
