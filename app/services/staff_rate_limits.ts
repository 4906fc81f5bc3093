import limiter from '@adonisjs/limiter/services/main'
import type { Limiter } from '@adonisjs/limiter'

/*
| Failure counters of the staff sign-in (SPEC §7, "rate limits on login and
| TOTP"). They live in the limiter's default store (PostgreSQL), so they hold
| across app instances. Only failures count; when a counter is full the key is
| blocked for a while and the form answers with the time left.
|
| The database store ignores key prefixes, hence the `staff_…:` in every key.
*/

/** Wrong passwords for one email address: 5 per 15 minutes, then 15 minutes blocked. */
const loginPerEmail = () =>
  limiter.use({ requests: 5, duration: '15 mins', blockDuration: '15 mins' })

/** Wrong passwords from one IP, whatever the email: 20 per 15 minutes, then 30 minutes blocked. */
const loginPerIp = () =>
  limiter.use({ requests: 20, duration: '15 mins', blockDuration: '30 mins' })

/** Wrong TOTP / recovery codes for one user: 5 per 5 minutes, then 15 minutes blocked. */
const totpPerUser = () => limiter.use({ requests: 5, duration: '5 mins', blockDuration: '15 mins' })

/** Verification emails for one user: 3 per 15 minutes. */
const verificationMailPerUser = () => limiter.use({ requests: 3, duration: '15 mins' })

interface Counter {
  limiter: Limiter
  key: string
}

/** A set of failure counters checked and bumped together. */
class FailureCounters {
  constructor(private counters: Counter[]) {}

  /** Seconds until the next attempt is allowed, or 0 when none of the counters is full. */
  async blockedFor() {
    let seconds = 0
    for (const { limiter: counter, key } of this.counters) {
      const state = await counter.get(key)
      if (state && state.remaining <= 0) seconds = Math.max(seconds, state.availableIn, 1)
    }
    return seconds
  }

  /** Counts one failure on every counter; blocks those that are now full. */
  async fail() {
    for (const { limiter: counter, key } of this.counters) {
      const state = await counter.increment(key)
      if (state.consumed >= state.limit && counter.blockDuration) {
        await counter.block(key, counter.blockDuration)
      }
    }
  }

  /** Forgets the failures of the given counters (by index) after a success. */
  async clear(indexes: number[] = this.counters.map((_, index) => index)) {
    for (const index of indexes) {
      const counter = this.counters[index]
      if (counter) await counter.limiter.delete(counter.key)
    }
  }
}

export function staffLoginCounters(email: string, ip: string) {
  return new FailureCounters([
    { limiter: loginPerEmail(), key: `staff_login_email:${email.trim().toLowerCase()}` },
    { limiter: loginPerIp(), key: `staff_login_ip:${ip}` },
  ])
}

/** After a good password, only the email's counter is forgotten (the IP's keeps counting). */
export const LOGIN_EMAIL_COUNTER = 0

export function staffTotpCounters(userId: number) {
  return new FailureCounters([{ limiter: totpPerUser(), key: `staff_totp:${userId}` }])
}

/** Consumes one verification email for the user; false when the quota is spent. */
export async function takeVerificationMail(userId: number) {
  const counter = verificationMailPerUser()
  const key = `staff_verify_mail:${userId}`
  const state = await counter.get(key)
  if (state && state.remaining <= 0) return { allowed: false, retryIn: state.availableIn }
  await counter.increment(key)
  return { allowed: true, retryIn: 0 }
}

/** "in 4 minutes", "in 40 seconds": how long to wait, for form errors. */
export function waitTime(seconds: number) {
  if (seconds >= 90) return `${Math.ceil(seconds / 60)} minutes`
  if (seconds > 60) return '1 minute'
  return `${Math.max(1, Math.ceil(seconds))} seconds`
}
