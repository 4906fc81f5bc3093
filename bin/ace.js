/*
| `npm run ace -- <command>`: Ace on Node 24, against the embedded PostgreSQL
| when no database is configured (started for the command, or reused when
| `npm run dev` already runs it).
*/
import {
  ace,
  embeddedDbEnv,
  ensureDatabase,
  ensureDotEnv,
  hasConfiguredDatabase,
  startEmbeddedPostgres,
} from './support/dev_env.js'

ensureDotEnv()
let stopDatabase = async () => {}
let dbEnv = {}
if (!hasConfiguredDatabase()) {
  const cluster = await startEmbeddedPostgres()
  stopDatabase = cluster.stop
  await ensureDatabase(cluster, 'pcmr')
  dbEnv = embeddedDbEnv(cluster, 'pcmr')
}
let exitCode = 0
try {
  ace(process.argv.slice(2), dbEnv)
} catch (error) {
  exitCode = error.status ?? 1
}
await stopDatabase()
process.exit(exitCode)
