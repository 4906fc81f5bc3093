/*
| Customer sign-in with Google (optional, SPEC §7): the account behind a
| Google profile. Google vouches for the address, so a new customer is
| created already verified; staff never sign in this way (their sign-in
| requires TOTP at /staff/login).
*/
import { DateTime } from 'luxon'
import env from '#start/env'
import type { Locale } from '#domain/statuses'
import User from '#models/user'
import { isUniqueViolation } from '#services/database_errors'
import { isStaffEmail } from '#validators/auth'

export interface GoogleProfile {
  email: string | null
  /** Google's `email_verified`: only a verified address identifies anyone. */
  emailVerified: boolean
  firstName: string | null
  lastName: string | null
}

export type GoogleSignInOutcome =
  | { status: 'signed_in'; user: User; created: boolean }
  | { status: 'refused'; reason: 'unverified_email' | 'staff' | 'banned' }

export default class GoogleSignInService {
  /** The button and the routes exist only when both credentials are configured. */
  static isEnabled() {
    return Boolean(env.get('GOOGLE_CLIENT_ID') && env.get('GOOGLE_CLIENT_SECRET'))
  }

  /**
   * The customer to log in for a Google profile: the account of that address,
   * or a new verified customer (signing in with Google accepts the terms, as
   * the button says).
   */
  async customerFor(profile: GoogleProfile, locale: Locale): Promise<GoogleSignInOutcome> {
    const email = profile.email?.trim().toLowerCase()
    if (!email || !profile.emailVerified) return { status: 'refused', reason: 'unverified_email' }
    if (isStaffEmail(email)) return { status: 'refused', reason: 'staff' }

    const existing = await User.findByEmail(email)
    if (existing) return this.#existing(existing)

    try {
      const user = await User.create({
        email,
        password: null,
        firstName: profile.firstName?.trim() || email.split('@')[0],
        lastName: profile.lastName?.trim() || '',
        phone: null,
        role: 'customer',
        locale,
        emailVerifiedAt: DateTime.now(),
        termsAcceptedAt: DateTime.now(),
        mustChangePassword: false,
      })
      return { status: 'signed_in', user, created: true }
    } catch (error) {
      if (!isUniqueViolation(error)) throw error
      const raced = await User.findByEmail(email)
      if (!raced) throw error
      return this.#existing(raced)
    }
  }

  async #existing(user: User): Promise<GoogleSignInOutcome> {
    if (user.isStaff) return { status: 'refused', reason: 'staff' }
    if (user.isBanned) return { status: 'refused', reason: 'banned' }
    if (!user.emailVerifiedAt) {
      // Whoever registered this address never proved they own it, so the
      // password they chose must not keep working now that its owner has
      // (pre-hijacking defence): the owner can set one with "forgot password".
      user.emailVerifiedAt = DateTime.now()
      user.password = null
      await user.save()
    }
    return { status: 'signed_in', user, created: false }
  }
}
