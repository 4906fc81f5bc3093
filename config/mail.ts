/*
| Outgoing mail. One `smtp` mailer read from SMTP_*; every account email is
| queued with `mail.sendLater(...)` onto the durable job queue (start/mail.ts,
| app/jobs/send_mail_job.ts) and sent by the worker (`node ace queue:work`).
|
| Without SMTP_HOST (development, tests) the mailer points at the dev mail
| catcher (MailDev) on 127.0.0.1:1025 that `npm run dev` starts
| (bin/support/mail_catcher.js).
| Production refuses to boot without SMTP_HOST (start/env.ts).
*/
import env from '#start/env'
import { defineConfig, transports } from '@adonisjs/mail'

export const DEV_SMTP_HOST = '127.0.0.1'
export const DEV_SMTP_PORT = 1025

/**
 * "Name <address>" (or a bare address) into the object form the mailer uses.
 */
export function parseAddress(value: string): string | { address: string; name: string } {
  const match = value.trim().match(/^"?([^"<]*?)"?\s*<([^>]+)>$/)
  const name = match?.[1]?.trim()
  return match && name ? { address: match[2].trim(), name } : (match?.[2] ?? value).trim()
}

/**
 * Sender of every mail: MAIL_FROM, e.g. `PCMR <no-reply@pcmr.gr>`.
 */
export const mailFrom = parseAddress(env.get('MAIL_FROM') || 'PCMR <no-reply@pcmr.gr>')

/**
 * Where customers' replies go (the sender is a no-reply address): MAIL_REPLY_TO,
 * by default the shop's contact address.
 */
export const mailReplyTo = parseAddress(env.get('MAIL_REPLY_TO') || 'PCMR <info@pcmr.gr>')

/**
 * Staff notification recipients (quote accepted, waitlist joined, …) from the
 * comma-separated STAFF_NOTIFY_EMAILS. Empty when unset: callers skip the mail.
 */
export const staffNotifyEmails: string[] = (env.get('STAFF_NOTIFY_EMAILS') ?? '')
  .split(',')
  .map((address) => address.trim())
  .filter(Boolean)

const smtpUser = env.get('SMTP_USER')

/**
 * SMTP settings from the environment. Exported so tests and tools can build a
 * transport on another host/port with the same options.
 */
export const smtpSettings = {
  host: env.get('SMTP_HOST') || DEV_SMTP_HOST,
  port: env.get('SMTP_PORT') ?? DEV_SMTP_PORT,
  secure: env.get('SMTP_SECURE') ?? false,
  auth: smtpUser
    ? { type: 'login' as const, user: smtpUser, pass: env.get('SMTP_PASSWORD') ?? '' }
    : undefined,
  /*
  | Fail fast when the server is down or hangs: the job throws and the queue
  | retries it later with backoff (nodemailer's defaults wait minutes).
  */
  connectionTimeout: 10_000,
  greetingTimeout: 10_000,
  socketTimeout: 30_000,
}

const mailConfig = defineConfig({
  default: 'smtp',
  from: mailFrom,
  mailers: {
    smtp: transports.smtp(smtpSettings),
  },
})

export default mailConfig

declare module '@adonisjs/mail/types' {
  export interface MailersList extends InferMailers<typeof mailConfig> {}
}
