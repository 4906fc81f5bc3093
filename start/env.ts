/*
| Every environment variable the app reads, validated at boot. `.env.example`
| documents each one (`.env.production.example` the production set); `npm run
| dev` and `npm test` fill the database ones in when they start the embedded
| PostgreSQL.
|
| Every rule lives in this one schema, including the conditional ones (a
| database, an SMTP server in production), so a boot with several variables
| missing names all of them in one error instead of failing once per variable.
| The conditions read process.env, which by then also holds the `.env` values.
*/
import { Env } from '@adonisjs/core/env'

const inProduction = () => process.env.NODE_ENV === 'production'
const hasDatabaseParts = () => Boolean(process.env.DB_HOST)

/** VIVA_*: required in production, optional elsewhere (dev and tests use the sandbox). */
function vivaVariables() {
  const required = (name: string, format?: 'url') =>
    Env.schema.string.optionalWhen(() => !inProduction(), {
      ...(format ? { format, tld: false } : {}),
      message: `Missing or invalid environment variable "${name}": production takes payments through Viva; set every VIVA_* variable (see .env.production.example).`,
    })
  return {
    VIVA_ACCOUNTS_URL: required('VIVA_ACCOUNTS_URL', 'url'),
    VIVA_API_URL: required('VIVA_API_URL', 'url'),
    VIVA_CHECKOUT_URL: required('VIVA_CHECKOUT_URL', 'url'),
    VIVA_CLIENT_ID: required('VIVA_CLIENT_ID'),
    VIVA_CLIENT_SECRET: required('VIVA_CLIENT_SECRET'),
    VIVA_SOURCE_CODE: required('VIVA_SOURCE_CODE'),
    VIVA_MERCHANT_ID: required('VIVA_MERCHANT_ID'),
    VIVA_API_KEY: required('VIVA_API_KEY'),
    VIVA_WEBHOOK_KEY: required('VIVA_WEBHOOK_KEY'),
    // Milliseconds before a call to Viva is given up (default 10000).
    VIVA_TIMEOUT_MS: Env.schema.number.optional(),
  }
}

const env = await Env.create(new URL('../', import.meta.url), {
  NODE_ENV: Env.schema.enum(['development', 'production', 'test'] as const),
  PORT: Env.schema.number(),
  HOST: Env.schema.string({ format: 'host' }),
  APP_KEY: Env.schema.secret(),
  APP_URL: Env.schema.string({ format: 'url', tld: false }),
  APP_NAME: Env.schema.string.optional(),
  LOG_LEVEL: Env.schema.enum([
    'fatal',
    'error',
    'warn',
    'info',
    'debug',
    'trace',
    'silent',
  ] as const),
  TZ: Env.schema.string.optional(),

  SESSION_DRIVER: Env.schema.enum(['database', 'cookie', 'memory'] as const),
  LIMITER_STORE: Env.schema.enum.optional(['database', 'memory'] as const),

  // PostgreSQL: either one URL or the DB_* parts. Never an embedded fallback in
  // the app itself: only the dev/test launchers start one, and they set DB_*.
  DATABASE_URL: Env.schema.string.optionalWhen(hasDatabaseParts, {
    message:
      'Missing environment variable "DATABASE_URL": set DATABASE_URL (postgres://user:pass@host:5432/db) or DB_HOST, DB_PORT, DB_USER, DB_PASSWORD and DB_DATABASE. ' +
      'In development, `npm run dev`, `npm test` and `npm run ace` start an embedded PostgreSQL for you.',
  }),
  DB_HOST: Env.schema.string.optional({ format: 'host' }),
  DB_PORT: Env.schema.number.optional(),
  DB_USER: Env.schema.string.optional(),
  DB_PASSWORD: Env.schema.string.optional(),
  DB_DATABASE: Env.schema.string.optional(),
  DB_SSL: Env.schema.boolean.optional(),
  // `npm run bench`: an x-query-count header with the SQL statements of each request.
  QUERY_COUNT_HEADER: Env.schema.boolean.optional(),

  // Outgoing mail (config/mail.ts). Unset in development: the dev mail catcher
  // that `npm run dev` starts listens on 127.0.0.1:1025. Production requires SMTP_HOST.
  SMTP_HOST: Env.schema.string.optionalWhen(() => !inProduction(), {
    format: 'host',
    message:
      'Missing or invalid environment variable "SMTP_HOST": production sends mail through your SMTP server; set SMTP_HOST (a host name) and SMTP_PORT, SMTP_USER, SMTP_PASSWORD, SMTP_SECURE as your provider requires.',
  }),
  SMTP_PORT: Env.schema.number.optional(),
  SMTP_USER: Env.schema.string.optional(),
  SMTP_PASSWORD: Env.schema.string.optional(),
  SMTP_SECURE: Env.schema.boolean.optional(),
  MAIL_FROM: Env.schema.string.optional(),
  MAIL_REPLY_TO: Env.schema.string.optional(),
  STAFF_NOTIFY_EMAILS: Env.schema.string.optional(),

  // Durable job queue (config/queue.ts): `database` (PostgreSQL) or `sync` (in-process).
  QUEUE_DRIVER: Env.schema.enum.optional(['database', 'sync'] as const),

  // Customer identity: self-registration with this email domain is refused
  // (staff accounts come from `node ace create:admin`). Default `pcmr.gr`.
  STAFF_EMAIL_DOMAIN: Env.schema.string.optional(),

  // Optional Google sign-in for customers (config/ally.ts): shown only when both are set.
  GOOGLE_CLIENT_ID: Env.schema.string.optional(),
  GOOGLE_CLIENT_SECRET: Env.schema.string.optional(),

  // Viva Smart Checkout (config/viva.ts). Unset in development: `npm run dev` starts
  // the local Viva sandbox and sets them. Production requires all of them.
  ...vivaVariables(),
})

export default env
