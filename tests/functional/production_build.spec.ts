/*
| The README's production path, run for real: `npm run build`, then in build/
| `npm ci --omit=dev` (which brings the app's own Node 24), the migrations,
| `npm start` and `npm run worker` with NODE_ENV=production and nothing but
| environment variables, on a database of its own. Built once for the group.
*/
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import pg from 'pg'
import { startSmtpServer } from '#tests/helpers/smtp_server'
import { freePort } from '#tests/helpers/network'

const run = promisify(execFile)
const BUILD_DIR = app.makePath('build')

/** Runs an npm command to its end; a failure carries its output. */
async function npm(args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  try {
    await run('npm', args, { cwd, env, maxBuffer: 64 * 1024 * 1024 })
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string }
    throw new Error(`npm ${args.join(' ')} failed in ${cwd}:\n${stdout ?? ''}\n${stderr ?? ''}`)
  }
}

/** A long-running npm script (web server, worker) and everything it printed. */
function startNpm(args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  // Its own process group: npm, its shell and node stop together.
  const child: ChildProcess = spawn('npm', args, { cwd, env, detached: true })
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  return {
    output: () => output,
    hasExited: () => child.exitCode !== null || child.signalCode !== null,
    exitCode: () => child.exitCode,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGTERM')
      await exited
    },
  }
}

type Started = ReturnType<typeof startNpm>

async function waitUntil(condition: () => Promise<boolean> | boolean, what: string, ms = 30_000) {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    if (await condition()) return
    await new Promise((done) => setTimeout(done, 200))
  }
  throw new Error(`timed out waiting for ${what}`)
}

async function waitForHealth(baseUrl: string, server: Started) {
  await waitUntil(async () => {
    if (server.hasExited()) throw new Error(`the server exited:\n${server.output()}`)
    try {
      const response = await fetch(`${baseUrl}/health`)
      return response.ok
    } catch {
      return false
    }
  }, `${baseUrl}/health\n${server.output()}`)
}

/** The name=value pairs of a response's Set-Cookie headers, for the next request. */
function cookiesOf(response: Response) {
  return Object.fromEntries(
    response.headers.getSetCookie().map((line) => {
      const [pair] = line.split(';')
      const at = pair.indexOf('=')
      return [pair.slice(0, at), pair.slice(at + 1)]
    })
  )
}

/** The test database's server, with another database name, as a URL. */
function databaseUrl(database: string) {
  const connection = app.config.get<Record<string, any>>('database.connections.postgres.connection')
  const url = new URL(connection.connectionString ?? 'postgres://localhost')
  if (!connection.connectionString) {
    url.hostname = connection.host
    url.port = String(connection.port)
    url.username = encodeURIComponent(connection.user)
    url.password = encodeURIComponent(connection.password ?? '')
  }
  url.pathname = `/${database}`
  return url.toString()
}

const JOB_LOADING_FAILURES = /Failed to load job|No jobs found/

test.group('Production build (README path)', (group) => {
  let database: string
  let productionEnv: NodeJS.ProcessEnv
  let baseUrl: string
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>
  let server: Started
  let worker: Started

  group.setup(async () => {
    const current = await db.rawQuery('select current_database() as name')
    const name: string = current.rows[0].name
    database = `${name}_built`
    await db.rawQuery(`drop database if exists "${database}" with (force)`)
    await db.rawQuery(`create database "${database}"`)

    smtp = await startSmtpServer()
    const port = await freePort()
    baseUrl = `http://127.0.0.1:${port}`
    /*
    | Only what .env.production.example lists, nothing of the test process
    | (NODE_ENV=test, DB_*…): PATH and HOME are what npm itself needs.
    */
    productionEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      APP_URL: baseUrl,
      APP_KEY: randomBytes(32).toString('base64url'),
      LOG_LEVEL: 'info',
      SESSION_DRIVER: 'database',
      TZ: 'UTC',
      DATABASE_URL: databaseUrl(database),
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      MAIL_FROM: 'PCMR <no-reply@pcmr.gr>',
      // Viva's demo hosts: the app boots without calling them.
      VIVA_ACCOUNTS_URL: 'https://demo-accounts.vivapayments.com',
      VIVA_API_URL: 'https://demo-api.vivapayments.com',
      VIVA_CHECKOUT_URL: 'https://demo.vivapayments.com',
      VIVA_CLIENT_ID: 'production-test-client',
      VIVA_CLIENT_SECRET: 'production-test-secret',
      VIVA_SOURCE_CODE: '1234',
      VIVA_MERCHANT_ID: 'production-test-merchant',
      VIVA_API_KEY: 'production-test-api-key',
      VIVA_WEBHOOK_KEY: 'production-test-webhook-key',
    }

    await npm(['run', 'build'], app.makePath(), process.env)
    await npm(['ci', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund'], BUILD_DIR, {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
    })
    await npm(['run', 'ace', '--', 'migration:run', '--force'], BUILD_DIR, productionEnv)

    server = startNpm(['start'], BUILD_DIR, productionEnv)
    worker = startNpm(['run', 'worker'], BUILD_DIR, productionEnv)
    await waitForHealth(baseUrl, server)

    return async () => {
      await server.stop()
      await worker.stop()
      await smtp.close()
      await db.rawQuery(`drop database if exists "${database}" with (force)`)
    }
  })

  test('npm start in build/ serves /health, the login page from built assets and server-rendered public pages', async ({
    assert,
  }) => {
    const health = await fetch(`${baseUrl}/health`)
    assert.equal(health.status, 200)
    assert.deepEqual(await health.json(), { status: 'ok' })

    const login = await fetch(`${baseUrl}/login`)
    assert.equal(login.status, 200)
    const html = await login.text()
    const page = html.match(/<script data-page="app" type="application\/json">(.*?)<\/script>/s)
    assert.equal(JSON.parse(page?.[1] ?? '{}').component, 'public/auth/login')
    // The Vite manifest's files, not the dev server's client.
    assert.match(html, /\/assets\/app-[\w-]+\.js/)
    assert.notInclude(html, '@vite/client')

    // Each response's asset tags carry that response's CSP nonce (the tags are built once).
    const nonces = []
    for (let visit = 0; visit < 2; visit++) {
      const response = await fetch(`${baseUrl}/login`)
      const allowed = response.headers.get('content-security-policy')!.match(/'nonce-([^']+)'/)![1]
      const body = await response.text()
      const tag = body.match(/<script [^>]*src="\/assets\/app-[^>]*>/)![0]
      assert.include(tag, `nonce="${allowed}"`)
      nonces.push(allowed)
    }
    assert.notEqual(nonces[0], nonces[1])

    // Public pages are server-rendered by the built SSR bundle: the text is in the HTML.
    const home = await fetch(`${baseUrl}/`)
    assert.equal(home.status, 200)
    assert.match(await home.text(), /<h1[^>]*>Υπολογιστές φτιαγμένοι για εσένα\.<\/h1>/)

    // The built script travels compressed and may be cached for good (hashed name).
    const script = html.match(/\/assets\/app-[\w-]+\.js/)![0]
    const asset = await fetch(`${baseUrl}${script}`, { headers: { 'accept-encoding': 'br' } })
    assert.equal(asset.status, 200)
    assert.equal(asset.headers.get('content-encoding'), 'br')
    assert.equal(asset.headers.get('cache-control'), 'public, max-age=31536000, immutable')
    assert.equal(await asset.text(), await readFile(join(BUILD_DIR, 'public', script), 'utf8'))

    // The web server ran on the build's own Node and found its job classes.
    assert.notMatch(server.output(), JOB_LOADING_FAILURES)
    assert.include(server.output(), 'started HTTP server')
  })

  test('a mail queued by the built app is delivered by npm run worker', async ({ assert }) => {
    const form = await fetch(`${baseUrl}/register`)
    const cookies = cookiesOf(form)
    const response = await fetch(`${baseUrl}/register`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'cookie': Object.entries(cookies)
          .map(([name, value]) => `${name}=${value}`)
          .join('; '),
        'x-xsrf-token': decodeURIComponent(cookies['XSRF-TOKEN']),
      },
      body: new URLSearchParams({
        firstName: 'Μαρία',
        lastName: 'Κωνσταντίνου',
        email: 'maria.built@example.com',
        password: 'a-long-enough-password',
        phone: '+30 6912345678',
        terms: 'on',
      }),
    })
    assert.equal(response.status, 302)

    await waitUntil(
      () => smtp.received.length > 0,
      `the worker to send the mail\nworker output:\n${worker.output()}`
    )
    const [received] = smtp.received
    assert.deepEqual(
      received.to && !Array.isArray(received.to) ? received.to.value.map((a) => a.address) : [],
      ['maria.built@example.com']
    )
    assert.include(received.text ?? '', `${baseUrl}/verify-email/`)
    assert.notMatch(worker.output(), JOB_LOADING_FAILURES)
  })

  test('npm start from the repo root runs the same build and finds its jobs', async ({
    assert,
  }) => {
    const port = await freePort()
    const rootUrl = `http://127.0.0.1:${port}`
    const rootServer = startNpm(['start'], app.makePath(), {
      ...productionEnv,
      PORT: String(port),
      APP_URL: rootUrl,
    })
    try {
      await waitForHealth(rootUrl, rootServer)
      const login = await fetch(`${rootUrl}/login`)
      assert.equal(login.status, 200)
      assert.notMatch(rootServer.output(), JOB_LOADING_FAILURES)
    } finally {
      await rootServer.stop()
    }
  })

  test('without its variables the built app names every missing one in one message', async ({
    assert,
  }) => {
    const bare = startNpm(['start'], BUILD_DIR, {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
    })
    await waitUntil(() => bare.hasExited(), `the server to refuse to boot\n${bare.output()}`)
    const missing = [
      'PORT',
      'HOST',
      'APP_KEY',
      'APP_URL',
      'LOG_LEVEL',
      'SESSION_DRIVER',
      'DATABASE_URL',
      'SMTP_HOST',
      'VIVA_API_URL',
      'VIVA_WEBHOOK_KEY',
    ]
    for (const variable of missing) assert.include(bare.output(), `"${variable}"`)
    assert.equal(bare.output().match(/EnvValidationException/g)?.length, 1)
    assert.equal(bare.exitCode(), 1)
  })

  test('a 500 in production names no SQL, table, stack or file', async ({ assert }) => {
    // A returning visitor's session is looked up in PostgreSQL: without the table, that fails.
    const { 'pcmr-session': session } = cookiesOf(await fetch(`${baseUrl}/login`))
    const cookie = `pcmr-session=${session}`
    const client = new pg.Client({ connectionString: productionEnv.DATABASE_URL })
    await client.connect()
    await client.query('alter table sessions rename to sessions_away')
    try {
      const json = await fetch(`${baseUrl}/login`, {
        headers: { accept: 'application/json', cookie },
      })
      assert.equal(json.status, 500)
      assert.deepEqual(await json.json(), { message: 'Internal server error' })

      const page = await fetch(`${baseUrl}/login`, { headers: { accept: 'text/html', cookie } })
      assert.equal(page.status, 500)
      const html = await page.text()
      assert.notMatch(html, /sessions|select \*|node_modules|file:\/\/|\.[jt]s:\d+/i)
      // The log keeps the real error for the operator.
      assert.include(server.output(), 'sessions')
    } finally {
      await client.query('alter table sessions_away rename to sessions')
      await client.end()
    }
  })
})
