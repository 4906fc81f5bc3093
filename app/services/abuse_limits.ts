/*
| Abuse limits of every sign-in flow, customers' and staff's (SPEC §7), on the
| limiter's default store (PostgreSQL, so they hold across app instances).
| Two kinds:
|
| - failure counters: wrong passwords per email and per IP, wrong second-factor
|   codes per user, wrong current passwords per account. Only failures count;
|   a full counter blocks its key for a while. A success resets the counters
|   marked so: the login's email counter, never its IP counter (a valid
|   account must not launder an IP that guesses other people's passwords);
| - quotas of requests that send a mail (registration, password reset,
|   verification, email change): every request counts, per address (or
|   account) and per IP, whether the address has an account or not (the same
|   answer either way); this also keeps the app from flooding an inbox.
|
| A limited call throws TooManyAttemptsError with the wait in seconds; the
| controllers turn it into a form error "… try again in N minutes" (429 for
| JSON clients). The database store ignores key prefixes, so every key names
| its purpose.
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
  /** Wrong TOTP / recovery codes for one user: 5 in 5 minutes, then 15 minutes blocked. */
  codesPerUser: { requests: 5, duration: '5 mins', blockDuration: '15 mins' },
  /** Emailed links to one address (or one account): 3 in 15 minutes. */
  mailPerEmail: { requests: 3, duration: '15 mins' },
  /** Emailed links requested from one IP: 10 in 15 minutes. */
  mailPerIp: { requests: 10, duration: '15 mins' },
  /**
   * Quote codes that match no quote, from one IP: 20 in 10 minutes, then 10
   * minutes blocked. A person mistyping a code never gets near it; a script
   * walking the 80-bit code space is stopped at once.
   */
  quoteMissesPerIp: { requests: 20, duration: '10 mins', blockDuration: '10 mins' },
} as const

/** Each kind of request that sends a mail (registration mails either a link or a notice). */
export type MailedLinkKind = 'registration' | 'password_reset' | 'verification' | 'email_change'

function normalize(email: string) {
  return email.trim().toLowerCase()
}

type FailureCounter = {
  limits: { requests: number; duration: string; blockDuration: string }
  key: string
  /** Forgotten after a success (the login's email counter, not its IP counter). */
  resetOnSuccess: boolean
}

/** Failure counters checked and bumped together. */
export class FailureCounters {
  #counters

  constructor(counters: FailureCounter[]) {
    this.#counters = counters.map((counter) => ({
      ...counter,
      limiter: limiter.use(counter.limits),
    }))
  }

  /** Seconds until the next attempt is allowed; 0 when no counter is full. */
  async blockedFor() {
    const states = await Promise.all(this.#counters.map(({ limiter: l, key }) => l.get(key)))
    return Math.max(
      0,
      ...states
        .filter((state) => state !== null && state.remaining <= 0)
        .map((state) => Math.max(1, state!.availableIn))
    )
  }

  /** Throws TooManyAttemptsError while any of the counters is full. */
  async assertNotBlocked() {
    const seconds = await this.blockedFor()
    if (seconds > 0) throw new TooManyAttemptsError(seconds)
  }

  /** Counts one failure on every counter; blocks those now full. */
  async fail() {
    for (const { limiter: l, key } of this.#counters) {
      const { consumed, limit } = await l.increment(key)
      if (consumed >= limit && l.blockDuration) await l.block(key, l.blockDuration)
    }
  }

  /** Forgets the failures of the counters reset on success. */
  async succeed() {
    for (const { limiter: l, key, resetOnSuccess } of this.#counters) {
      if (resetOnSuccess) await l.delete(key)
    }
  }

  /**
   * Runs `attempt` (a check that throws on failure) unless blocked. An error
   * `isFailure` accepts counts as a failure; other errors pass uncounted.
   */
  async guard<T>(attempt: () => Promise<T>, isFailure: (error: unknown) => boolean): Promise<T> {
    await this.assertNotBlocked()
    try {
      const result = await attempt()
      await this.succeed()
      return result
    } catch (error) {
      if (isFailure(error)) await this.fail()
      throw error
    }
  }
}

/** Wrong passwords per email (reset by a success) and per IP (never reset). */
export function loginCounters(email: string, ip: string) {
  return new FailureCounters([
    { limits: LIMITS.loginPerEmail, key: `login_email_${normalize(email)}`, resetOnSuccess: true },
    { limits: LIMITS.loginPerIp, key: `login_ip_${ip}`, resetOnSuccess: false },
  ])
}

/** Wrong TOTP or recovery codes of one user (enrolment and sign-in). */
export function secondFactorCounters(userId: number) {
  return new FailureCounters([
    { limits: LIMITS.codesPerUser, key: `second_factor_user_${userId}`, resetOnSuccess: true },
  ])
}

/**
 * Lookups of quote codes (/quote/:claimCode) from one IP: codes that match
 * no quote count (QuoteNotFoundError); a found quote never resets the count,
 * so knowing one valid code does not help to guess others.
 */
export function quoteLookupCounters(ip: string) {
  return new FailureCounters([
    { limits: LIMITS.quoteMissesPerIp, key: `quote_miss_ip_${ip}`, resetOnSuccess: false },
  ])
}

/**
 * Customer login: wrong credentials (E_INVALID_CREDENTIALS) count per email
 * and per IP.
 */
export function guardLogin<T>(email: string, ip: string, attempt: () => Promise<T>) {
  return loginCounters(email, ip).guard(
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
  return new FailureCounters([
    { limits: LIMITS.loginPerEmail, key: `password_check_user_${userId}`, resetOnSuccess: true },
  ]).guard(attempt, (error) => error instanceof WrongPasswordError)
}

/**
 * Counts one emailed-link request for the address (or `user_<id>`) and the
 * IP; throws TooManyAttemptsError when either is exhausted.
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
