/*
| Abuse limits of the customer identity flows, on the limiter's default store
| (PostgreSQL, so they hold across app instances). Two kinds:
|
| - login counts FAILURES only, per email and per IP; a success resets the
|   email's counter (not the IP's: a valid account must not launder an IP
|   that guesses other people's passwords);
| - requests that send a mail (registration, password reset, verification,
|   email change) count every REQUEST, per email and per IP, whether the
|   address has an account or not (the same answer either way); this also
|   keeps the app from being used to flood someone's inbox.
|
| A limited call throws TooManyAttemptsError with the wait in seconds; the
| controllers turn it into the form error "Too many attempts, try again in
| N minutes" (429 for JSON clients).
*/
import limiter from '@adonisjs/limiter/services/main'
import { errors as limiterErrors } from '@adonisjs/limiter'
import { errors as authErrors } from '@adonisjs/auth'
import { WrongPasswordError } from '#services/customer_account_service'

export class TooManyAttemptsError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many attempts, retry in ${retryAfterSeconds}s`)
  }
}

export const LIMITS = {
  /** Failed logins for one email: 5 in 15 minutes, then 15 minutes blocked. */
  loginPerEmail: { requests: 5, duration: '15 mins', blockDuration: '15 mins' },
  /** Failed logins from one IP, whatever the emails: 20 in 15 minutes, then 30 minutes blocked. */
  loginPerIp: { requests: 20, duration: '15 mins', blockDuration: '30 mins' },
  /** Emailed links to one address (or one account): 3 in 15 minutes. */
  mailPerEmail: { requests: 3, duration: '15 mins' },
  /** Emailed links requested from one IP: 10 in 15 minutes. */
  mailPerIp: { requests: 10, duration: '15 mins' },
} as const

/** Each kind of request that sends a mail (registration mails either a link or a notice). */
export type MailedLinkKind = 'registration' | 'password_reset' | 'verification' | 'email_change'

function normalize(email: string) {
  return email.trim().toLowerCase()
}

type FailureCounter = {
  limits: { requests: number; duration: string; blockDuration: string }
  key: string
  /** Reset on success (the login's email counter, not its IP counter). */
  resetOnSuccess: boolean
}

/**
 * Runs `attempt` (a check that throws on failure) unless one of the counters
 * is out of failed attempts. A failure (an error `isFailure` accepts) counts
 * against every counter and blocks those exhausted; a success resets the
 * ones marked so. Other errors pass through uncounted.
 */
async function guardFailures<T>(
  counters: FailureCounter[],
  attempt: () => Promise<T>,
  isFailure: (error: unknown) => boolean
): Promise<T> {
  const limiters = counters.map((counter) => ({ ...counter, limiter: limiter.use(counter.limits) }))

  const states = await Promise.all(limiters.map(({ limiter: l, key }) => l.get(key)))
  const exhausted = states.filter((state) => state !== null && state.remaining <= 0)
  if (exhausted.length) {
    throw new TooManyAttemptsError(Math.max(...exhausted.map((state) => state!.availableIn)))
  }

  try {
    const result = await attempt()
    for (const { limiter: l, key, resetOnSuccess } of limiters) {
      if (resetOnSuccess) await l.delete(key)
    }
    return result
  } catch (error) {
    if (!isFailure(error)) throw error
    for (const { limiter: l, key } of limiters) {
      const { consumed, limit } = await l.increment(key)
      if (consumed >= limit && l.blockDuration) await l.block(key, l.blockDuration)
    }
    throw error
  }
}

/**
 * Login: wrong credentials (E_INVALID_CREDENTIALS) count per email and per
 * IP (see the top of this file).
 */
export function guardLogin<T>(email: string, ip: string, attempt: () => Promise<T>) {
  return guardFailures(
    [
      {
        limits: LIMITS.loginPerEmail,
        key: `login_email_${normalize(email)}`,
        resetOnSuccess: true,
      },
      { limits: LIMITS.loginPerIp, key: `login_ip_${ip}`, resetOnSuccess: false },
    ],
    attempt,
    (error) => error instanceof authErrors.E_INVALID_CREDENTIALS
  )
}

/**
 * The current-password check of the portal settings (password and email
 * changes; WrongPasswordError counts): a stolen session must not become a
 * password-guessing oracle. Same limits as the login's per-email counter,
 * per account.
 */
export function guardPasswordCheck<T>(userId: number, attempt: () => Promise<T>) {
  return guardFailures(
    [{ limits: LIMITS.loginPerEmail, key: `password_check_user_${userId}`, resetOnSuccess: true }],
    attempt,
    (error) => error instanceof WrongPasswordError
  )
}

/**
 * Counts one emailed-link request for the address (or account) and the IP;
 * throws TooManyAttemptsError when either is exhausted.
 */
export async function consumeMailedLink(kind: MailedLinkKind, subject: string, ip: string) {
  const multi = limiter.multi([
    { ...LIMITS.mailPerEmail, key: `mail_${kind}_${normalize(subject)}` },
    { ...LIMITS.mailPerIp, key: `mail_${kind}_ip_${ip}` },
  ])
  try {
    await multi.consume()
  } catch (error) {
    if (error instanceof limiterErrors.E_TOO_MANY_REQUESTS) {
      throw new TooManyAttemptsError(error.response.availableIn)
    }
    throw error
  }
}
