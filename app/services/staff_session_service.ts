import type { HttpContext } from '@adonisjs/core/http'
import User from '#models/user'
import TwoFactorSecret from '#models/two_factor_secret'
import { guardPasswordCheck, TooManyAttemptsError } from '#services/abuse_limits'
import { WrongPasswordError } from '#services/customer_account_service'
import { formError, waitInMinutes } from '#services/form_errors'
import { compiledStatement } from '#queries/compiled_statement'

/*
| Where a staff member stands in the sign-in sequence.
|
| A correct password does NOT log anyone in to the auth guard. It stores a
| "password ok, second factor pending" marker in the session instead
| (PENDING_KEY: user id + time). The first-login steps and the TOTP challenge
| work from that marker; only a verified second factor (a confirmed
| enrolment or a TOTP/recovery code) calls `auth.login()`. So everything that
| trusts `auth.user` (the portal, shared page props, Bouncer, the banned
| check) never sees a half-authenticated staff member.
|
| Belt and braces: that login also records in the session whose second factor
| passed (TWO_FACTOR_KEY). A staff member logged in to the guard any other
| way (a future sign-in path, a bug elsewhere) is still asked for a code.
|
| Steps, in the order they are asked for (SPEC §7):
|   two-factor        enrolled, second factor not given this session (asked first,
|                     so a stolen password alone cannot change anything)
|   password          temporary password to replace (mustChangePassword)
|   verify-email      address not confirmed yet
|   two-factor-setup  no confirmed TOTP enrolment (first login, or reset by a superadmin)
| They are re-evaluated on every request, so a superadmin forcing a password
| change or resetting 2FA takes effect on the member's next request.
*/

export const STAFF_STEPS = ['two-factor', 'password', 'verify-email', 'two-factor-setup'] as const
export type StaffStep = (typeof STAFF_STEPS)[number]

/** The page of each step (route names). */
export const STAFF_STEP_ROUTES = {
  'two-factor': 'staff.two_factor.show',
  'password': 'staff.first_login.password.edit',
  'verify-email': 'staff.first_login.verify_email.show',
  'two-factor-setup': 'staff.first_login.two_factor.show',
} as const satisfies Record<StaffStep, string>

export const STAFF_LOGIN_ROUTE = 'staff.login'
export const STAFF_HOME_ROUTE = 'staff.dashboard'

/** Session key of the "password ok, second factor pending" marker. */
export const PENDING_KEY = 'staff_pending_auth'
/** Session key: id of the user whose second factor passed in this session. */
export const TWO_FACTOR_KEY = 'staff_two_factor_passed'
/** A password-only session must finish the sign-in within this time. */
const PENDING_TTL_MS = 30 * 60 * 1000

/**
 * A member's second factor, as a plain row (every staff request asks, for
 * one column): compiled once, see CompiledStatement.
 */
const secretOfUser = compiledStatement((userId: number) =>
  TwoFactorSecret.query().where('userId', userId).limit(1)
)

interface PendingAuth {
  userId: number
  since: number
}

export type StaffIdentity =
  /** Nobody, or the pending marker expired. */
  | { kind: 'guest'; expired?: boolean }
  /** A logged-in customer. */
  | { kind: 'customer'; user: User }
  /** A staff member whose pending sign-in was refused because they are banned. */
  | { kind: 'banned'; user: User }
  | { kind: 'staff'; user: User; twoFactorPassed: boolean }

export interface StaffRequestState {
  user: User
  twoFactorPassed: boolean
  step: StaffStep | null
}

declare module '@adonisjs/core/http' {
  interface HttpContext {
    /** Set by StaffAuthMiddleware on /staff routes. */
    staff?: StaffRequestState
  }
}

export default class StaffSessionService {
  /** Who is asking: the guard's user, else the pending marker's. */
  async identify(ctx: HttpContext): Promise<StaffIdentity> {
    if (await ctx.auth.use('web').check()) {
      const user = ctx.auth.use('web').user!
      if (!user.isStaff) return { kind: 'customer', user }
      const passed = ctx.session.get(TWO_FACTOR_KEY) === user.id
      return { kind: 'staff', user, twoFactorPassed: passed }
    }

    const pending = ctx.session.get(PENDING_KEY) as PendingAuth | undefined
    if (!pending || typeof pending.userId !== 'number') return { kind: 'guest' }
    if (Date.now() - Number(pending.since) > PENDING_TTL_MS) {
      ctx.session.forget(PENDING_KEY)
      return { kind: 'guest', expired: true }
    }
    const user = await User.find(pending.userId)
    if (!user || !user.isStaff) {
      ctx.session.forget(PENDING_KEY)
      return { kind: 'guest' }
    }
    if (user.isBanned) {
      ctx.session.forget(PENDING_KEY)
      return { kind: 'banned', user }
    }
    return { kind: 'staff', user, twoFactorPassed: false }
  }

  /**
   * What both staff gates (the sign-in routes and the login page) do with
   * someone who is not a staff member signing in or signed in: a logged-in
   * customer is sent back to their portal, told why; a suspended account or a
   * sign-in that took too long is told so on the login page. True when the
   * request is answered (the customer's redirect).
   */
  turnAway(ctx: HttpContext, identity: Exclude<StaffIdentity, { kind: 'staff' }>): boolean {
    if (identity.kind === 'customer') {
      ctx.session.flash('error', ctx.i18n.t('auth.staffOnly'))
      ctx.response.redirect('/portal')
      return true
    }
    if (identity.kind === 'banned') {
      ctx.session.flash('error', 'This account has been suspended.')
    } else if (identity.expired) {
      ctx.session.flash('error', 'Your sign-in took too long. Please sign in again.')
    }
    return false
  }

  /** The step the member must complete next, or null when nothing is pending. */
  async stepFor(user: User, twoFactorPassed: boolean): Promise<StaffStep | null> {
    const secret = await secretOfUser.first<{ enabled_at: Date | null }>(user.id)
    const enrolled = Boolean(secret?.enabled_at)
    if (enrolled && !twoFactorPassed) return 'two-factor'
    if (user.mustChangePassword) return 'password'
    if (!user.emailVerifiedAt) return 'verify-email'
    if (!enrolled) return 'two-factor-setup'
    return null
  }

  /** Password accepted: a fresh session id that remembers who is signing in. */
  startPending(ctx: HttpContext, user: User) {
    ctx.session.regenerate()
    ctx.session.put(PENDING_KEY, { userId: user.id, since: Date.now() } satisfies PendingAuth)
  }

  /**
   * Second factor verified: log in to the guard (which regenerates the
   * session id) and drop the pending marker. Also used when a logged-in
   * member re-enrols, for a new session id at that privilege change.
   */
  async completeLogin(ctx: HttpContext, user: User) {
    ctx.session.forget(PENDING_KEY)
    await ctx.auth.use('web').login(user)
    ctx.session.put(TWO_FACTOR_KEY, user.id)
  }

  /** Everything the session knew is dropped and its id replaced. */
  async logout(ctx: HttpContext) {
    if (await ctx.auth.use('web').check()) await ctx.auth.use('web').logout()
    ctx.session.clear()
    ctx.session.regenerate()
  }
}

/** The staff member of the current request (the routes behind StaffAuthMiddleware). */
export function currentStaff(ctx: HttpContext): StaffRequestState {
  if (!ctx.staff) throw new Error('StaffAuthMiddleware must run before this handler')
  return ctx.staff
}

/**
 * Re-asks a signed-in staff member's password before a sensitive change
 * (new password, new recovery codes). Wrong answers count like the portal's
 * current-password check, so a hijacked session cannot guess the password;
 * a wrong or throttled answer is a form error on `field`.
 */
export async function confirmStaffPassword(user: User, password: string, field: string) {
  try {
    await guardPasswordCheck(user.id, async () => {
      if (!user.password || !(await user.verifyPassword(password))) throw new WrongPasswordError()
    })
  } catch (error) {
    if (error instanceof WrongPasswordError) throw formError(field, 'The password is not correct.')
    if (error instanceof TooManyAttemptsError) {
      throw formError(
        field,
        `Too many wrong passwords. Try again in ${waitInMinutes('en', error.retryAfterSeconds)}.`
      )
    }
    throw error
  }
}
