/*
| `npm run bench`: how the staff orders list scales with the size of the orders
| table. For 500 and 50 000 orders (about ten lines each) it prepares a
| database (created, migrated and seeded once, reused afterwards), starts the
| app on each (two servers side by side, on free ports), logs a staff member
| in (password + recovery code), and loads the list with autocannon from
| a second process: first page, a status filter, a text search. Each scenario
| is warmed up, then measured in three rounds of BENCH_SECONDS per size; a
| round alternates between the sizes in short runs, so that load from
| elsewhere on the machine weighs on both alike, and the median p50 of the
| three rounds counts. It reads the SQL query count of each request from the
| x-query-count header and prints:
|   order list p50 at 50000 orders / at 500 orders = 1.05; queries per request: 6 at both
|
| Then the payments webhook storm (issue 10), which is a test of its own
| (tests/functional/webhook_storm.spec.ts: 100 orders × 10 deliveries over two
| app processes): run through `npm test` on its test database, after the
| bench's database has stopped, and its line printed:
|   webhook storm: 1000 deliveries → 100 paid, 100 mails, 0 errors in 7.1 s
*/
import { spawn, execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import {
  ROOT,
  ace,
  embeddedDbEnv,
  ensureDatabase,
  ensureDotEnv,
  hasConfiguredDatabase,
  startEmbeddedPostgres,
} from './support/dev_env.js'
import { CookieClient, freePort, waitForServer } from './support/http_client.js'

const SIZES = [500, 50_000]
const ROUNDS = 3
/** Short runs per round and size, alternating between the sizes. */
const SLICES = 4
const SCENARIOS = [
  { name: 'first page', path: '/staff/orders' },
  { name: 'status filter', path: '/staff/orders?paymentStatus=paid' },
  { name: 'text search', path: '/staff/orders?q=Schmidt' },
]
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 8)
const WARM_UP_SECONDS = Math.min(3, DURATION_SECONDS)
const STAFF = { email: 'bench-admin@pcmr.gr', password: 'bench-password-2026' }

const say = (line) => console.log(`[bench] ${line}`)

ensureDotEnv()
// The app runs as a built app would (no Vite dev server): its pages need the client
// build's manifest. Built once; the pages' HTML only names the bundles.
if (!existsSync(join(ROOT, 'public/assets/.vite/manifest.json'))) {
  say('building the client assets (vite build)…')
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'], {
    cwd: ROOT,
    stdio: 'pipe',
  })
}
let stopDatabase = async () => {}
let serverFor
if (hasConfiguredDatabase()) {
  const url = process.env.DATABASE_URL
  if (!url) throw new Error('npm run bench with a configured server needs DATABASE_URL')
  const connection = new URL(url)
  serverFor = async (database) => {
    const copy = new URL(url)
    copy.pathname = `/${database}`
    await ensureDatabase(
      {
        host: connection.hostname,
        port: Number(connection.port || 5432),
        user: decodeURIComponent(connection.username || 'postgres'),
        password: decodeURIComponent(connection.password),
      },
      database
    )
    return { DATABASE_URL: copy.toString() }
  }
} else {
  const cluster = await startEmbeddedPostgres(say)
  stopDatabase = cluster.stop
  serverFor = async (database) => {
    await ensureDatabase(cluster, database)
    return embeddedDbEnv(cluster, database)
  }
}

async function logIn(base, recoveryCode) {
  const client = new CookieClient(base)
  await client.request('/staff/login')
  await client.request('/staff/login', { method: 'POST', body: STAFF })
  await client.request('/staff/two-factor', { method: 'POST', body: { code: recoveryCode } })
  const check = await client.request('/staff/orders')
  if (check.status !== 200)
    throw new Error(`staff login failed: /staff/orders answered ${check.status}`)
  return client
}

/** One autocannon run in its own process; resolves with its JSON result. */
function autocannon(url, cookie, seconds) {
  const child = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules/autocannon/autocannon.js'),
      '--json',
      '-c',
      '4',
      '-d',
      String(seconds),
      '-H',
      `cookie=${cookie}`,
      '-H',
      'accept=text/html',
      url,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] }
  )
  let output = ''
  child.stdout.setEncoding('utf8').on('data', (chunk) => (output += chunk))
  return new Promise((resolveRun, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`autocannon ${url} exited with ${code}`))
      const result = JSON.parse(output)
      if (result.non2xx > 0) return reject(new Error(`${url}: ${result.non2xx} non-2xx answers`))
      resolveRun(result)
    })
  })
}

/** Creates (once), migrates and seeds the database of one size; returns its env and a login code. */
async function prepare(size) {
  const database = `pcmr_bench_${size}`
  const dbEnv = await serverFor(database)
  const env = { ...dbEnv, NODE_ENV: 'development' }
  say(`preparing ${database}…`)
  ace(['migration:run', '--force'], env, { quiet: true })
  ace(['bench:seed', `--orders=${size}`], env, { quiet: true })
  const recoveryCode = execFileSync(
    process.execPath,
    [join(ROOT, 'ace.js'), 'bench:staff', STAFF.email, STAFF.password],
    { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' }
  )
    .trim()
    .split('\n')
    .at(-1)
  return { size, env, recoveryCode }
}

/** Starts the app on a prepared database and signs the bench staff member in. */
async function start({ size, env, recoveryCode }) {
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const server = spawn(
    process.execPath,
    ['--import=@poppinss/ts-exec', join(ROOT, 'bin/server.ts')],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        ...env,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        QUERY_COUNT_HEADER: 'true',
        DB_DEBUG: 'true',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    }
  )
  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return
    // autocannon leaves its last requests unanswered when its time is up; let the
    // server finish them, or the shutdown closes the pool under them (logged errors).
    await new Promise((done) => setTimeout(done, 2000))
    server.kill('SIGTERM')
    await new Promise((done) => server.once('exit', done))
  }
  try {
    await waitForServer(base)
    return { size, base, client: await logIn(base, recoveryCode), stop }
  } catch (error) {
    await stop()
    throw error
  }
}

/** The middle value; of an even count, the mean of the two middle ones. */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * Per scenario: a warm-up, then ROUNDS measured rounds. A round loads one app
 * at a time (one autocannon process), in SLICES short runs per app that
 * alternate between the sizes, so that whatever else runs on the machine
 * weighs on both alike; its p50 for a size is the median of that size's
 * slices. The scenario's p50 is the median of the rounds'.
 */
async function measure(apps) {
  const results = new Map(apps.map((app) => [app.size, []]))
  const sliceSeconds = Math.max(1, Math.round(DURATION_SECONDS / SLICES))
  const run = (app, path, seconds) =>
    autocannon(`${app.base}${path}`, app.client.cookieHeader, seconds)
  for (const scenario of SCENARIOS) {
    for (const app of apps) await run(app, scenario.path, WARM_UP_SECONDS)
    const rounds = apps.map(() => [])
    for (let round = 0; round < ROUNDS; round++) {
      const slices = apps.map(() => [])
      for (let slice = 0; slice < SLICES; slice++) {
        const order = slice % 2 === 0 ? apps.keys() : [...apps.keys()].reverse()
        for (const index of order) {
          slices[index].push((await run(apps[index], scenario.path, sliceSeconds)).latency.p50)
        }
      }
      slices.forEach((p50s, index) => rounds[index].push(median(p50s)))
    }
    apps.forEach((app, index) => {
      const p50 = median(rounds[index])
      const queries = app.probe.get(scenario.path)
      results.get(app.size).push({ ...scenario, p50, queries })
      say(
        `${app.size} orders, ${scenario.name}: p50 ${p50} ms (rounds ${rounds[index].join(' / ')} ms), ${queries} queries`
      )
    })
  }
  return results
}

let exitCode = 0
const apps = []
try {
  const prepared = []
  for (const size of SIZES) prepared.push(await prepare(size))
  for (const database of prepared) apps.push(await start(database))
  for (const app of apps) {
    app.probe = new Map()
    for (const scenario of SCENARIOS) {
      const probe = await app.client.request(scenario.path)
      if (probe.status !== 200) throw new Error(`${scenario.path} answered ${probe.status}`)
      app.probe.set(scenario.path, Number(probe.headers.get('x-query-count')))
    }
  }
  const results = await measure(apps)
  const [small, large] = SIZES.map((size) => results.get(size))
  const p50 = (sizeResults) => sizeResults.reduce((sum, result) => sum + result.p50, 0)
  const ratio = p50(large) / p50(small)
  const queries = (sizeResults) =>
    [...new Set(sizeResults.map((result) => result.queries))].join('/')
  const queryText =
    queries(small) === queries(large)
      ? `${queries(small)} at both`
      : `${queries(large)} at ${SIZES[1]}, ${queries(small)} at ${SIZES[0]}`
  console.log(
    `order list p50 at ${SIZES[1]} orders / at ${SIZES[0]} orders = ${ratio.toFixed(2)}; queries per request: ${queryText}`
  )
} catch (error) {
  console.error(error)
  exitCode = 1
}
for (const app of apps) await app.stop()
await stopDatabase()

try {
  const output = execFileSync(
    process.execPath,
    [join(ROOT, 'bin/run_tests.js'), 'functional', '--files=webhook_storm'],
    { cwd: ROOT, env: process.env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }
  )
  console.log(output.match(/^webhook storm: .*$/m)?.[0] ?? 'webhook storm: no result line')
} catch (error) {
  console.error(`webhook storm failed:\n${error.stdout ?? ''}${error.stderr ?? error.message}`)
  exitCode = 1
}
process.exit(exitCode)
