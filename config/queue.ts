/*
| The durable job queue (@adonisjs/queue). Jobs are rows in PostgreSQL
| (`queue_jobs`, `queue_schedules`, created by a migration) on the app's own
| Lucid connection, so they survive restarts and deploys and are shared by
| every instance. `node ace queue:work` processes them (`npm run dev` starts
| one next to the dev server; production runs it as its own process).
|
| QUEUE_DRIVER=sync runs each job in the dispatching process instead (no
| worker, no later retries): for one-off scripts only.
*/
import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig, drivers, exponentialBackoff } from '@adonisjs/queue'

export default defineConfig({
  default: env.get('QUEUE_DRIVER', 'database'),

  adapters: {
    database: drivers.database({ connectionName: 'postgres' }),
    sync: drivers.sync(),
  },

  /*
  | A job that throws is retried with exponential backoff (5 attempts in all,
  | about 5 s, 10 s, 20 s, 40 s apart, with jitter). Jobs may ask for more:
  | SendMailJob keeps trying for hours.
  */
  retry: {
    maxRetries: 4,
    backoff: exponentialBackoff({ baseDelay: '5s', maxDelay: '10m' }),
  },

  defaultJobOptions: {
    // Done jobs leave the table; failed ones stay (status `failed`, with the error) to be looked at.
    removeOnComplete: true,
    removeOnFail: false,
  },

  worker: {
    concurrency: 5,
    idleDelay: '2s',
  },

  /*
  | Job discovery globs from the process's working directory, so the pattern is
  | anchored at the app root: `npm start` runs build/bin/server.js from the repo
  | root, where a relative pattern found the TypeScript sources (and loaded them
  | against the repo's own copy of the framework) instead of build/app/jobs.
  | Sources are .ts in development and .js in the build.
  */
  locations: [app.makePath('app/jobs/**/*.{ts,js}')],
})
