/*
| `npm run ace -- <command>`: Ace on Node 24, against the embedded PostgreSQL
| when no database is configured (started for the command, or reused when
| `npm run dev` already runs it).
*/
import { ace, ensureDotEnv, provideDatabase } from './support/dev_env.js'

ensureDotEnv()
const database = await provideDatabase()
let exitCode = 0
try {
  ace(process.argv.slice(2), database.env)
} catch (error) {
  exitCode = error.status ?? 1
}
await database.stop()
process.exit(exitCode)
