/*
| `npm test`: the whole test suite on a separate database, migrated fresh once
| per run. Uses `<database>_test` on the server given by DATABASE_URL / DB_*,
| or `pcmr_test` on the embedded PostgreSQL. Extra arguments go to Japa
| (`npm test -- unit`, `npm test -- --files=money`).
*/
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { ace, ensureDotEnv, provideDatabase } from './support/dev_env.js'

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

const database = await provideDatabase({
  nameFor: (name) => (name.endsWith('_test') ? name : `${name}_test`),
})
const env = { ...database.env, NODE_ENV: 'test' }

let exitCode = 0
try {
  // Generated types and the route registry (.adonisjs), so typecheck sees every route.
  ace(['codegen'], env, { quiet: true })
  ace(['migration:fresh', '--force'], env, { quiet: true })
  ace(['test', ...process.argv.slice(2)], env)
} catch (error) {
  exitCode = error.status ?? 1
}
await database.stop()
process.exit(exitCode)
