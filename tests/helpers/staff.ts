/*
| Helpers of the staff tests (staff_*.spec.ts and two_factor*.spec.ts).
*/
import { DateTime } from 'luxon'
import { generate, generateSecret } from 'otplib'
import type { Assert } from '@japa/assert'
import { ApiRequest, type ApiClient } from '@japa/api-client'
import type { Page } from 'playwright'
import encryption from '@adonisjs/core/services/encryption'
import type { UserRole } from '#domain/statuses'
import TwoFactorSecret from '#models/two_factor_secret'
import User from '#models/user'
import { PENDING_KEY, TWO_FACTOR_KEY } from '#services/staff_session_service'
import { nowInSeconds, TOTP_PERIOD_SECONDS } from '#services/two_factor_service'

export const STAFF_PASSWORD = 'staff-password-2026'

let counter = 0

/** A staff member who finished the first sign-in, unless overrides say otherwise (no TOTP yet). */
export function createStaff(
  overrides: Partial<{
    email: string
    role: UserRole
    mustChangePassword: boolean
    emailVerifiedAt: DateTime | null
    bannedAt: DateTime | null
    banReason: string | null
    password: string
  }> = {}
) {
  counter++
  return User.create({
    email: `staff${counter}@pcmr.gr`,
    password: STAFF_PASSWORD,
    firstName: 'Ελένη',
    lastName: `Παππά ${counter}`,
    role: 'admin',
    locale: 'en',
    mustChangePassword: false,
    emailVerifiedAt: DateTime.now(),
    ...overrides,
  })
}

export function createCustomer(email = `customer${++counter}@example.com`) {
  return User.create({
    email,
    password: STAFF_PASSWORD,
    firstName: 'Μαρία',
    lastName: 'Κ.',
    role: 'customer',
    locale: 'el',
    emailVerifiedAt: DateTime.now(),
  })
}

/** A staff list page filtered by `filters`, asked for as its filter form does (from the page itself). */
export function filteredList(
  client: ApiClient,
  staff: User,
  path: string,
  filters: Record<string, unknown> = {}
) {
  return client
    .get(path)
    .qs(filters)
    .header('referer', path)
    .asStaff(staff)
    .withInertia()
    .redirects(0)
}

/** Confirms a TOTP enrolment for the user; returns the clear secret. */
export async function enrol(user: User, secret = generateSecret()) {
  await TwoFactorSecret.create({
    userId: user.id,
    secret: encryption.encrypt(secret),
    enabledAt: DateTime.now(),
    lastUsedStep: null,
  })
  return secret
}

/** A staff member through the whole sign-in sequence (TOTP enrolled). */
export async function createEnrolledStaff(role: UserRole = 'admin') {
  const staff = await createStaff({ role })
  await enrol(staff)
  return staff
}

/** An enrolled staff member and the clear secret, for tests that type codes. */
export async function createStaffWithSecret() {
  const user = await createStaff()
  return { user, secret: await enrol(user) }
}

/** The TOTP code of `secret`, `offsetSteps` 30-second steps from now. */
export function totpCode(secret: string, offsetSteps = 0) {
  return generate({ secret, epoch: nowInSeconds() + offsetSteps * TOTP_PERIOD_SECONDS })
}

/** Session values of someone whose password was accepted, second factor pending. */
export function pendingSession(user: User) {
  return { [PENDING_KEY]: { userId: user.id, since: Date.now() } }
}

/**
 * Session values of a staff member whose second factor passed: add to
 * `.loginAs(user)` (logged in to the guard alone, the code is still asked for).
 */
export function twoFactorPassed(user: User) {
  return { [TWO_FACTOR_KEY]: user.id }
}

declare module '@japa/api-client' {
  interface ApiRequest {
    /** The request of a staff member through the whole sign-in (password and second factor). */
    asStaff(user: User): this
  }
}

ApiRequest.macro('asStaff', function (this: ApiRequest, user: User) {
  return this.loginAs(user).withSession(twoFactorPassed(user))
})

/**
 * Sends the request of a good second factor and asserts it finished the
 * sign-in: logged in, factor passed, nothing pending, under a new session id
 * (no fixation). Returns the answer.
 */
export async function assertSignsIn(request: ApiRequest, user: User, assert: Assert) {
  const sessionIdBefore = request.sessionClient.sessionId
  const response = await request
  response.assertSession('auth_web', user.id)
  response.assertSession(TWO_FACTOR_KEY, user.id)
  response.assertSessionMissing(PENDING_KEY)
  assert.notEqual(response.cookie('pcmr-session')?.value, sessionIdBefore)
  return response
}

/**
 * Signs a TOTP-enrolled staff member in through the real forms (password,
 * then a code of `secret`, `codeOffsetSteps` steps ahead when the current one
 * was used already) on a Chromium page open at /staff/login; the page ends on
 * the dashboard.
 */
export async function signInThroughTheForms(
  page: Page,
  staff: User,
  secret: string,
  codeOffsetSteps = 0
) {
  await page.getByLabel('Email').fill(staff.email)
  await page.getByLabel('Password').fill(STAFF_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL('**/staff/two-factor')
  await page.getByLabel('Authentication code').fill(await totpCode(secret, codeOffsetSteps))
  await page.getByRole('button', { name: 'Verify' }).click()
  await page.waitForURL(/\/staff$/)
}
