/*
| `npm run bench`: the app as production runs it (`node ace build`, then
| build/bin/server.js with NODE_ENV=production, see bin/support/built_app.js),
| measured from a second process with autocannon, on two databases of 500
| and 50 000 orders (about ten lines each; created, migrated and seeded once,
| reused afterwards), each with its own app server, side by side.
|
| 1. Against a bare floor (bench/bare_server.js: node:http + pg, the same SQL
|    and the same bytes) on the 50 000-order database, per page: the staff
|    order list as an Inertia JSON visit and as the HTML page, and a
|    customer's order page as HTML (what a link in a mail or a bookmark
|    opens). At start the bench checks that both answer the same bodies
|    (CSP nonces aside) after the same number of SQL statements (x-query-count,
|    asked for on these checks only), and stops if not. Then both servers
|    are warmed up on the three pages in turn, and each page is warmed up
|    again and loaded in three rounds; a round gives each server
|    BENCH_SECONDS of load in five short runs, app and bare taking turns, and
|    its req/s are their requests over their seconds. The round with the
|    median ratio counts:
|      staff orders JSON: app 812 req/s, bare 1620 req/s = 0.50; p99 app 12 ms; RSS app 180 MiB
|    RSS is the app's web process's peak VmRSS (/proc/<pid>/status, sampled
|    every 100 ms) over the page's measured runs; p99 the median of theirs.
| 2. How the order list scales: first page, a status filter, a text search at
|    both sizes; each scenario warmed up, then three rounds in which the two
|    sizes take turns in four short runs; the median p50 counts:
|      order list p50 at 50000 orders / at 500 orders = 1.05; queries per request: 6 at both
| 3. The payments webhook storm (tests/functional/webhook_storm.spec.ts, run
|    through `npm test` on its test database once the bench's servers stopped):
|      webhook storm: 1000 deliveries → 100 paid, 100 mails, 0 errors in 7.1 s
*/
import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { appKey, buildApp, startBuiltServer } from './support/built_app.js'
import { ROOT, ace, ensureDotEnv, provideDatabase } from './support/dev_env.js'
import { CookieClient, freePort } from './support/http_client.js'

const SIZES = [500, 50_000]
const ROUNDS = 3
/** Short runs per round and size in the scaling part, alternating between the sizes. */
const SLICES = 4
const CONNECTIONS = 4
const SCALING_SCENARIOS = [
  { name: 'first page', path: '/staff/orders' },
  { name: 'status filter', path: '/staff/orders?paymentStatus=paid' },
  { name: 'text search', path: '/staff/orders?q=Schmidt' },
]
const RUN_SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
const WARM_UP_SECONDS = Math.min(2, RUN_SECONDS)
/**
 * Before the pages are compared with the bare floor, each server is loaded
 * with all three of them in turn, then each page again before its rounds:
 * the app has far more code for V8 to optimise than the bare server, and a
 * server that has just started is not the one the shop runs for days. The
 * app's CPU per JSON request fell over its first 4-second runs (5.0, 4.0,
 * 3.3, 3.2 ms, then 2.6-3.3) and stayed: about 20 s of load before it is
 * the steady one (5 s per page, 15 s in all, then 5 s before each page).
 */
const COMPARE_WARM_UP_SECONDS = Math.min(5, RUN_SECONDS)
/**
 * A round of the comparison gives each server BENCH_SECONDS of load in this
 * many short runs, app and bare taking turns, its req/s their requests over
 * their seconds, and the round with the median app/bare ratio is the page's
 * line. This shared machine's speed changes from one run to the next (the
 * bare floor's req/s moved between 309 and 427 over one page's rounds, and
 * between 380 and 700 in an hour): taking turns run by run puts such a spell
 * on both servers of a round rather than on one of them, as the scaling part
 * does for the two sizes, and the ratio is then taken within the round.
 */
const COMPARE_SLICES = 5
/** Both bench accounts (bench:accounts): a staff member and a customer. */
const ACCOUNTS = { staffEmail: 'bench-admin@pcmr.gr', password: 'bench-password-2026' }
const FRAMES = join(ROOT, 'tmp', 'bench', 'frames.json')
/**
 * Asks the app for the request's SQL statement count (x-query-count, see
 * app/middleware/query_count_middleware.ts): on the checks and probes only,
 * so that the load runs as production does.
 */
const COUNT_QUERIES = { 'x-query-count': 'true' }

const startedAt = Date.now()
/** A progress line, with the time since the start (the whole run should stay within ~6 minutes). */
const say = (line) => {
  const seconds = Math.round((Date.now() - startedAt) / 1000)
  console.log(
    `[bench ${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}] ${line}`
  )
}
const sleep = (ms) => new Promise((done) => setTimeout(done, ms))

/** The middle value; of an even count, the mean of the two middle ones. */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Creates (once), migrates and seeds the database of one size; signs its two accounts in later. */
async function prepare(size) {
  const database = await provideDatabase({ nameFor: (name) => `${name}_bench_${size}`, log: say })
  const env = { ...database.env, NODE_ENV: 'development' }
  say(`preparing the ${size}-order database…`)
  ace(['migration:run', '--force'], env, { quiet: true })
  ace(['bench:seed', `--orders=${size}`], env, { quiet: true })
  const accounts = execFileSync(
    process.execPath,
    [join(ROOT, 'ace.js'), 'bench:accounts', ACCOUNTS.staffEmail, ACCOUNTS.password],
    { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' }
  )
  return { size, database, ...JSON.parse(accounts.trim().split('\n').at(-1)) }
}

/** The built app on a prepared database, with a signed-in staff member and customer. */
async function start({ size, database, recoveryCode, customerEmail, orderId }) {
  const server = await startBuiltServer({ ...database.env, QUERY_COUNT_HEADER: 'true' })
  try {
    const staff = new CookieClient(server.base)
    await staff.request('/staff/login')
    await staff.request('/staff/login', {
      method: 'POST',
      body: { email: ACCOUNTS.staffEmail, password: ACCOUNTS.password },
    })
    await staff.request('/staff/two-factor', { method: 'POST', body: { code: recoveryCode } })
    const customer = new CookieClient(server.base)
    await customer.request('/login')
    await customer.request('/login', {
      method: 'POST',
      body: { email: customerEmail, password: ACCOUNTS.password },
    })
    // The first page after signing in shows a flash message (consumed by it): load it now.
    for (const [client, path] of [
      [staff, '/staff/orders'],
      [customer, `/portal/orders/${orderId}`],
    ]) {
      const first = await client.request(path)
      if (first.status !== 200)
        throw new Error(`signing in failed: ${path} answered ${first.status}`)
    }
    return { ...server, size, database, staff, customer, orderPath: `/portal/orders/${orderId}` }
  } catch (error) {
    await server.stop()
    throw error
  }
}

/** VmRSS of a process, in bytes. */
function residentBytes(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  return Number(status.match(/^VmRSS:\s+(\d+) kB/m)[1]) * 1024
}

/**
 * One autocannon run in its own process. Resolves with its requests answered
 * and seconds, p50 and p99 (ms) and, given `pid`, that process's peak RSS
 * during the run.
 */
function load(url, headers, seconds, pid) {
  const headerArgs = Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}=${value}`])
  const child = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules/autocannon/autocannon.js'),
      ...['--json', '-c', String(CONNECTIONS), '-d', String(seconds)],
      ...headerArgs,
      url,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] }
  )
  let peakRss = 0
  const sampler = pid
    ? setInterval(() => (peakRss = Math.max(peakRss, residentBytes(pid))), 100)
    : null
  let output = ''
  child.stdout.setEncoding('utf8').on('data', (chunk) => (output += chunk))
  return new Promise((resolveRun, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => {
      clearInterval(sampler)
      if (code !== 0) return reject(new Error(`autocannon ${url} exited with ${code}`))
      const result = JSON.parse(output)
      if (result.non2xx > 0 || result.errors > 0) {
        return reject(
          new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`)
        )
      }
      resolveRun({
        requests: result.requests.total,
        seconds: result.duration,
        p50: result.latency.p50,
        p99: result.latency.p99,
        rss: peakRss,
      })
    })
  })
}

/** The pages compared with the bare floor, as requests of the app's two signed-in clients. */
function comparedPages(app, version) {
  const html = { accept: 'text/html' }
  const inertia = {
    'accept': 'text/html, application/xhtml+xml',
    'x-inertia': 'true',
    'x-inertia-version': version,
  }
  return [
    { name: 'staff orders JSON', path: '/staff/orders', client: app.staff, headers: inertia },
    { name: 'staff orders HTML', path: '/staff/orders', client: app.staff, headers: html },
    { name: 'customer order HTML', path: app.orderPath, client: app.customer, headers: html },
  ].map((page) => ({ ...page, headers: { ...page.headers, cookie: page.client.cookieHeader } }))
}

/** The Inertia page object an HTML page carries. */
const pageObject = (html) =>
  JSON.parse(html.match(/<script data-page="app" type="application\/json">(.*?)<\/script>/s)[1])

/**
 * The bare floor on the app's database, with the app's HTML pages as its
 * frames (see bench/bare_server.js).
 */
async function startBare(app, frames) {
  mkdirSync(join(ROOT, 'tmp', 'bench'), { recursive: true })
  writeFileSync(FRAMES, JSON.stringify(frames))
  const { host, port, user, password, database } = app.database.connection
  const barePort = await freePort()
  const bare = spawn(process.execPath, [join(ROOT, 'bench', 'bare_server.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      TZ: 'UTC',
      PORT: String(barePort),
      APP_KEY: appKey(),
      BARE_FRAMES: FRAMES,
      ...{
        PGHOST: host,
        PGPORT: String(port),
        PGUSER: user,
        PGPASSWORD: password,
        PGDATABASE: database,
      },
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  await new Promise((ready, failed) => {
    bare.once('message', ready)
    bare.once('exit', (code) => failed(new Error(`the bare server exited with ${code}`)))
  })
  return {
    base: `http://127.0.0.1:${barePort}`,
    pid: bare.pid,
    stop: async () => {
      if (bare.exitCode !== null || bare.signalCode !== null) return
      bare.kill('SIGTERM')
      await new Promise((done) => bare.once('exit', done))
    },
  }
}

/** Per-request values of a body: the CSP nonce of the HTML page. */
const normalised = (body) => body.replace(/nonce="[^"]*"/g, 'nonce=""')

/** Throws unless app and bare answer a page with the same body after as many statements. */
async function assertSameAnswers(app, bare, page) {
  const answer = async (base) => {
    const response = await fetch(`${base}${page.path}`, {
      headers: { ...page.headers, ...COUNT_QUERIES },
    })
    const body = normalised(await response.text())
    return { status: response.status, queries: response.headers.get('x-query-count'), body }
  }
  const [ofApp, ofBare] = [await answer(app.base), await answer(bare.base)]
  const problems = []
  if (ofApp.status !== 200 || ofBare.status !== 200)
    problems.push(`status app ${ofApp.status}, bare ${ofBare.status}`)
  if (ofApp.queries !== ofBare.queries)
    problems.push(
      `SQL statements app ${ofApp.queries}, bare ${ofBare.queries} (bench/bare_server.js SQL)`
    )
  if (ofApp.body !== ofBare.body) {
    let at = 0
    while (ofApp.body[at] === ofBare.body[at]) at++
    const around = (body) => JSON.stringify(body.slice(Math.max(0, at - 60), at + 60))
    problems.push(
      `bodies differ at byte ${at}:\n  app  ${around(ofApp.body)}\n  bare ${around(ofBare.body)}`
    )
  }
  if (problems.length)
    throw new Error(`${page.name}: app and bare floor differ: ${problems.join('; ')}`)
  return ofApp.queries
}

/** Each page: warmed up, then ROUNDS rounds of app and bare in turns; one line per page. */
async function compareWithBare(app) {
  const html = async (client, path) => (await client.request(path)).text()
  const frames = {
    staffOrders: await html(app.staff, '/staff/orders'),
    portalOrder: await html(app.customer, app.orderPath),
  }
  const pages = comparedPages(app, pageObject(frames.staffOrders).version)
  const bare = await startBare(app, frames)
  try {
    for (const page of pages) {
      const queries = await assertSameAnswers(app, bare, page)
      say(`${page.name}: app and bare floor answer the same bytes after ${queries} SQL statements`)
    }
    const runner = (page) => (server, seconds) =>
      load(`${server.base}${page.path}`, page.headers, seconds, server === app ? app.pid : null)
    for (const server of [app, bare])
      for (const page of pages) await runner(page)(server, COMPARE_WARM_UP_SECONDS)
    const sliceSeconds = Math.max(1, Math.round(RUN_SECONDS / COMPARE_SLICES))
    for (const page of pages) {
      const run = runner(page)
      await run(app, COMPARE_WARM_UP_SECONDS)
      await run(bare, COMPARE_WARM_UP_SECONDS)
      const rounds = []
      const appRuns = []
      for (let round = 0; round < ROUNDS; round++) {
        const runs = { app: [], bare: [] }
        for (let slice = 0; slice < COMPARE_SLICES; slice++) {
          const order = (round + slice) % 2 === 0 ? ['app', 'bare'] : ['bare', 'app']
          for (const name of order)
            runs[name].push(await run(name === 'app' ? app : bare, sliceSeconds))
        }
        appRuns.push(...runs.app)
        const rps = (name) =>
          runs[name].reduce((sum, result) => sum + result.requests, 0) /
          runs[name].reduce((sum, result) => sum + result.seconds, 0)
        rounds.push({ app: rps('app'), bare: rps('bare'), ratio: rps('app') / rps('bare') })
      }
      const listed = rounds
        .map((round) => `${Math.round(round.app)} / ${Math.round(round.bare)}`)
        .join(', ')
      say(`${page.name}: rounds (app / bare req/s) ${listed}`)
      const middle = [...rounds].sort((a, b) => a.ratio - b.ratio)[Math.floor(ROUNDS / 2)]
      const p99 = median(appRuns.map((result) => result.p99))
      const rss = Math.max(...appRuns.map((result) => result.rss)) / 2 ** 20
      console.log(
        `${page.name}: app ${Math.round(middle.app)} req/s, bare ${Math.round(middle.bare)} req/s = ${middle.ratio.toFixed(2)}; p99 app ${Math.round(p99)} ms; RSS app ${Math.round(rss)} MiB`
      )
    }
  } finally {
    await bare.stop()
  }
}

/**
 * The scaling part. Per scenario: a warm-up, then ROUNDS measured rounds. A
 * round loads one app at a time, in SLICES short runs per app that alternate
 * between the sizes, so that whatever else runs on the machine weighs on
 * both alike; its p50 for a size is the median of that size's slices. The
 * scenario's p50 is the median of the rounds'.
 */
async function measureScaling(apps) {
  const results = new Map(apps.map((app) => [app.size, []]))
  const sliceSeconds = Math.max(1, Math.round(RUN_SECONDS / SLICES))
  const run = (app, path, seconds) =>
    load(`${app.base}${path}`, { cookie: app.staff.cookieHeader, accept: 'text/html' }, seconds)
  for (const scenario of SCALING_SCENARIOS) {
    const queries = []
    for (const app of apps) {
      const probe = await app.staff.request(scenario.path, { headers: COUNT_QUERIES })
      if (probe.status !== 200) throw new Error(`${scenario.path} answered ${probe.status}`)
      queries.push(Number(probe.headers.get('x-query-count')))
      await run(app, scenario.path, WARM_UP_SECONDS)
    }
    const rounds = apps.map(() => [])
    for (let round = 0; round < ROUNDS; round++) {
      const slices = apps.map(() => [])
      for (let slice = 0; slice < SLICES; slice++) {
        const order = slice % 2 === 0 ? [...apps.keys()] : [...apps.keys()].reverse()
        for (const index of order) {
          slices[index].push((await run(apps[index], scenario.path, sliceSeconds)).p50)
        }
      }
      slices.forEach((p50s, index) => rounds[index].push(median(p50s)))
    }
    apps.forEach((app, index) => {
      const p50 = median(rounds[index])
      results.get(app.size).push({ ...scenario, p50, queries: queries[index] })
      say(
        `${app.size} orders, ${scenario.name}: p50 ${p50} ms (rounds ${rounds[index].join(' / ')} ms), ${queries[index]} queries`
      )
    })
  }
  const [small, large] = SIZES.map((size) => results.get(size))
  const p50 = (sizeResults) => sizeResults.reduce((sum, result) => sum + result.p50, 0)
  const queries = (sizeResults) =>
    [...new Set(sizeResults.map((result) => result.queries))].join('/')
  const queryText =
    queries(small) === queries(large)
      ? `${queries(small)} at both`
      : `${queries(large)} at ${SIZES[1]}, ${queries(small)} at ${SIZES[0]}`
  console.log(
    `order list p50 at ${SIZES[1]} orders / at ${SIZES[0]} orders = ${(p50(large) / p50(small)).toFixed(2)}; queries per request: ${queryText}`
  )
}

ensureDotEnv()
say('building the app (node ace build)…')
buildApp()

let exitCode = 0
const prepared = []
const apps = []
try {
  for (const size of SIZES) prepared.push(await prepare(size))
  for (const database of prepared) apps.push(await start(database))
  say(`app against the bare floor, ${apps.at(-1).size} orders…`)
  await compareWithBare(apps.at(-1))
  say('order list scaling…')
  await measureScaling(apps)
} catch (error) {
  console.error(error)
  exitCode = 1
}
// autocannon leaves its last requests unanswered when its time is up; let the
// servers finish them, or the shutdown closes the pool under them (logged errors).
await sleep(2000)
for (const app of apps) await app.stop()
for (const { database } of prepared.reverse()) await database.stop()

say('webhook storm (npm test -- functional --files=webhook_storm)…')
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
say('done')
process.exit(exitCode)
