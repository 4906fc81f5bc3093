import hash from '@adonisjs/core/services/hash'
import User from '#models/user'
import { loginCounters } from '#services/abuse_limits'
import { waitInMinutes } from '#services/form_errors'

export type StaffLoginResult =
  { ok: true; user: User } | { ok: false; field: 'email' | 'password'; message: string }

export const STAFF_LOGIN_MESSAGES = {
  invalid: 'The email or the password is not correct.',
  customer:
    'This is a customer account: the back office is for PCMR staff. Customers sign in at /login.',
  banned: 'This account has been suspended. Contact the shop owner if you think this is a mistake.',
  throttled: (seconds: number) =>
    `Too many failed sign-in attempts. Try again in ${waitInMinutes('en', seconds)}.`,
}

/**
 * Checks a staff sign-in. Unknown addresses and wrong passwords get the same
 * answer, after the same work (a password hash either way), so the form does
 * not reveal which addresses exist. Only someone who knows the password learns
 * that the account is a customer's or suspended.
 *
 * Failures count per email and per IP (abuse_limits.ts, the same counters as the customer login); while either
 * counter is full nothing is checked and the answer says how long to wait.
 */
export default class StaffLoginService {
  async attempt(email: string, password: string, ip: string): Promise<StaffLoginResult> {
    const counters = loginCounters(email, ip)
    const blockedFor = await counters.blockedFor()
    if (blockedFor > 0) {
      return { ok: false, field: 'email', message: STAFF_LOGIN_MESSAGES.throttled(blockedFor) }
    }

    const user = await User.findByEmail(email.trim())
    const passwordOk = user?.password
      ? await user.verifyPassword(password)
      : (await hash.make(password), false)

    if (!user || !passwordOk) {
      await counters.fail()
      return { ok: false, field: 'email', message: STAFF_LOGIN_MESSAGES.invalid }
    }
    if (!user.isStaff) {
      await counters.fail()
      return { ok: false, field: 'email', message: STAFF_LOGIN_MESSAGES.customer }
    }
    if (user.isBanned) {
      await counters.fail()
      return { ok: false, field: 'email', message: STAFF_LOGIN_MESSAGES.banned }
    }

    await counters.succeed()
    return { ok: true, user }
  }
}
