/*
| Development mail catcher: MailDev (npm `maildev`), run inside the `npm run
| dev` launcher while SMTP_HOST/SMTP_PORT are left at their defaults. It
| accepts every mail on 127.0.0.1:1025 (any or no login, no TLS), keeps the
| newest 500 in tmp/mail/ (raw .eml, reloaded on the next start) and serves
| its web UI and REST API on http://127.0.0.1:1080 (see the README's mail
| section). Alone: `npx maildev --ip 127.0.0.1 --web-ip 127.0.0.1`.
| Plain JavaScript: it runs before anything TypeScript is loaded.
*/
import { join } from 'node:path'
import { MailDev } from 'maildev'
import { ROOT, readDotEnv } from './dev_env.js'

export const CATCHER_HOST = '127.0.0.1'
export const CATCHER_SMTP_PORT = 1025
export const CATCHER_HTTP_PORT = 1080

/**
 * True when the app sends to the catcher's address: SMTP_HOST and SMTP_PORT
 * unset (in the environment and in `.env`) or set to 127.0.0.1/localhost:1025.
 */
export function usesLocalCatcher(env = process.env) {
  const fileEnv = readDotEnv()
  const host = env.SMTP_HOST || fileEnv.SMTP_HOST || CATCHER_HOST
  const port = Number(env.SMTP_PORT || fileEnv.SMTP_PORT || CATCHER_SMTP_PORT)
  return ['127.0.0.1', 'localhost'].includes(host) && port === CATCHER_SMTP_PORT
}

/**
 * Starts MailDev on the catcher's ports (other ones for tests); rejects when
 * one of them is taken.
 */
export async function startMailCatcher({
  smtpPort = CATCHER_SMTP_PORT,
  httpPort = CATCHER_HTTP_PORT,
  mailDirectory = join(ROOT, 'tmp', 'mail'),
} = {}) {
  const maildev = new MailDev({
    smtp: smtpPort,
    ip: CATCHER_HOST,
    web: httpPort,
    webIp: CATCHER_HOST,
    mailDirectory,
    maxEmails: 500,
    silent: true,
  })
  await maildev.start()
  return {
    url: `http://${CATCHER_HOST}:${httpPort}`,
    stop: () => maildev.stop(),
  }
}
