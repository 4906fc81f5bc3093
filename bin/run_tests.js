/*
| `npm test`: the whole test suite on a separate database, migrated fresh once
| per run. Uses `<database>_test` on the server given by DATABASE_URL / DB_*,
| or `pcmr_test` on the embedded PostgreSQL. Extra arguments go to Japa
| (`npm test -- unit`, `npm test -- --files=money`).
*/
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import {
  ace,
  embeddedDbEnv,
  ensureDatabase,
  ensureDotEnv,
  hasConfiguredDatabase,
  startEmbeddedPostgres,
} from './support/dev_env.js'

const CHROMIUM = '/usr/bin/chromium'

ensureDotEnv()

/*
| The browser suite drives Debian's Chromium. Install it when missing and we
| are allowed to (root with apt-get), so that `npm test` works on a fresh box.
*/
if (!existsSync(CHROMIUM) && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('[pcmr] Installing Debian chromium for the browser tests…')
  execFileSync(
    'sh',
    [
      '-c',
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null',
    ],
    {
      stdio: 'inherit',
    }
  )
}

function testDatabaseEnv() {
  const url = process.env.DATABASE_URL
  if (url) {
    const parsed = new URL(url)
    const name = parsed.pathname.replace(/^\//, '') || 'pcmr'
    parsed.pathname = `/${name.endsWith('_test') ? name : `${name}_test`}`
    return { DATABASE_URL: parsed.toString() }
  }
  const name = process.env.DB_DATABASE || 'pcmr'
  return { DB_DATABASE: name.endsWith('_test') ? name : `${name}_test` }
}

async function createTestDatabase(env) {
  if (env.DATABASE_URL) {
    const parsed = new URL(env.DATABASE_URL)
    const database = decodeURIComponent(parsed.pathname.slice(1))
    await ensureDatabase(
      {
        host: parsed.hostname,
        port: Number(parsed.port || 5432),
        user: decodeURIComponent(parsed.username || 'postgres'),
        password: decodeURIComponent(parsed.password),
      },
      database
    )
  } else {
    await ensureDatabase(
      {
        host: process.env.DB_HOST,
        port: Number(process.env.DB_PORT || 5432),
        user: process.env.DB_USER || 'postgres',
        password: process.env.DB_PASSWORD || '',
      },
      env.DB_DATABASE
    )
  }
}

let stopDatabase = async () => {}
let env
if (hasConfiguredDatabase()) {
  env = testDatabaseEnv()
  await createTestDatabase(env)
} else {
  const cluster = await startEmbeddedPostgres()
  stopDatabase = cluster.stop
  await ensureDatabase(cluster, 'pcmr_test')
  env = embeddedDbEnv(cluster, 'pcmr_test')
}
env.NODE_ENV = 'test'

let exitCode = 0
try {
  // Generated types and the route registry (.adonisjs), so typecheck sees every route.
  ace(['codegen'], env, { quiet: true })
  ace(['migration:fresh', '--force'], env, { quiet: true })
  ace(['test', ...process.argv.slice(2)], env)
} catch (error) {
  exitCode = error.status ?? 1
}
await stopDatabase()
process.exit(exitCode)
