/*
| `npm run dev`: everything a newcomer needs, with no configuration.
|   1. `.env` from `.env.example` with a fresh APP_KEY (first run only)
|   2. an embedded PostgreSQL under tmp/db unless DATABASE_URL / DB_* is set
|   3. migrations, then demo data the first time (empty database only)
|   4. the dev server with HMR on http://127.0.0.1:3333
|   5. the queue worker (`ace queue:work`, restarted when its code changes)
|   6. a mail catcher (MailDev: SMTP 127.0.0.1:1025, web UI and API on
|      http://127.0.0.1:1080) unless SMTP_HOST/SMTP_PORT point at another server
|   7. the Viva sandbox (bin/support/viva_sandbox.js, http://127.0.0.1:4010)
|      unless VIVA_* is set: payments work with no Viva account
*/
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, ace, ensureDotEnv, provideDatabase } from './support/dev_env.js'
import { CATCHER_SMTP_PORT, startMailCatcher, usesLocalCatcher } from './support/mail_catcher.js'
import { startVivaSandbox } from './support/viva_sandbox.js'

const say = (line) => console.log(`[pcmr] ${line}`)

if (ensureDotEnv()) say('Created .env from .env.example with a fresh APP_KEY.')

const database = await provideDatabase({ log: say })
const stopDatabase = database.stop
say(
  database.embedded
    ? `Embedded PostgreSQL on 127.0.0.1:${database.port} (data in tmp/db).`
    : 'Using the database configured by DATABASE_URL / DB_*.'
)

const childEnv = { ...process.env, ...database.env, NODE_ENV: 'development' }
try {
  ace(['migration:run', '--force'], childEnv)
  ace(['demo:seed', '--if-empty'], childEnv)
} catch (error) {
  await stopDatabase()
  console.error(error.message)
  process.exit(1)
}

let catcher = null
if (usesLocalCatcher(childEnv)) {
  try {
    catcher = await startMailCatcher()
  } catch (error) {
    say(
      `Mail catcher not started (${error.code ?? error.message}): port ${CATCHER_SMTP_PORT} or 1080 is taken, mail goes to whatever listens on 127.0.0.1:${CATCHER_SMTP_PORT}.`
    )
  }
}

/*
| Viva: the sandbox unless VIVA_* points at Viva (set in the shell or .env;
| the app reads .env itself, so look there too).
*/
let vivaSandbox = null
const dotEnvText = (() => {
  try {
    return readFileSync(join(ROOT, '.env'), 'utf8')
  } catch {
    return ''
  }
})()
if (!childEnv.VIVA_API_URL && !/^\s*VIVA_API_URL\s*=\s*\S/m.test(dotEnvText)) {
  try {
    vivaSandbox = await startVivaSandbox({
      port: Number(process.env.VIVA_SANDBOX_PORT ?? 4010),
      appUrl: `http://127.0.0.1:${process.env.PORT ?? 3333}`,
      log: (line) => say(`Viva sandbox: ${line}`),
    })
    Object.assign(childEnv, vivaSandbox.env)
  } catch (error) {
    say(`Viva sandbox not started (${error.code ?? error.message}): payments are unavailable.`)
  }
}

const server = spawn(process.execPath, [join(ROOT, 'ace.js'), 'serve', '--hmr'], {
  cwd: ROOT,
  stdio: 'inherit',
  env: childEnv,
})

/*
| The queue worker sends the mail and runs the other jobs. Node's watch mode
| restarts it when a file it loaded changes (jobs, mails, services…).
*/
const worker = spawn(
  process.execPath,
  ['--watch', '--watch-preserve-output', join(ROOT, 'ace.js'), 'queue:work'],
  { cwd: ROOT, stdio: 'inherit', env: childEnv }
)

const accounts = JSON.parse(readFileSync(join(ROOT, 'database/demo_accounts.json'), 'utf8'))
// PORT may come from the shell; .env (read by the app itself) defaults it to 3333.
const url = `http://127.0.0.1:${process.env.PORT ?? 3333}`
async function announceWhenUp() {
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      const response = await fetch(`${url}/health`)
      if (response.ok) break
    } catch {}
    await new Promise((done) => setTimeout(done, 1000))
  }
  say(`PCMR is running at ${url}`)
  say('Queue worker running (ace queue:work): queued mail and jobs are processed.')
  if (catcher) say(`Mail catcher: every mail the app sends is at ${catcher.url}`)
  if (vivaSandbox) {
    say(`Viva sandbox: payments go to ${vivaSandbox.url}/web/checkout (test card, no real money)`)
  }
  say('Demo logins (development only):')
  for (const user of [...accounts.staff, ...accounts.customers]) {
    const where = user.role ? `${url}/staff/login` : `${url}/login`
    say(
      `  ${(user.role ?? 'customer').padEnd(10)} ${user.email.padEnd(22)} ${user.password.padEnd(18)} ${where}`
    )
  }
}
announceWhenUp()

let stopping = false
const exited = (child) =>
  new Promise((done) =>
    child.exitCode !== null || child.signalCode !== null ? done() : child.once('exit', done)
  )
async function shutdown() {
  if (stopping) return
  stopping = true
  // SIGINT (Ctrl-C) is what `ace serve` stops cleanly on, whichever signal we got.
  server.kill('SIGINT')
  worker.kill('SIGTERM')
  await Promise.all([exited(server), exited(worker)])
  await catcher?.stop()
  await vivaSandbox?.stop()
  await stopDatabase()
  process.exit(0)
}
process.on('SIGINT', () => shutdown())
process.on('SIGTERM', () => shutdown())
server.on('exit', async (code) => {
  if (stopping) return
  stopping = true
  worker.kill('SIGTERM')
  await exited(worker)
  await catcher?.stop()
  await vivaSandbox?.stop()
  await stopDatabase()
  process.exit(code ?? 0)
})
worker.on('exit', (code, signal) => {
  if (stopping) return
  say(
    `The queue worker stopped (${signal ?? `exit code ${code}`}); mail stays queued until it runs again.`
  )
})
