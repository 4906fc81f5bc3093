/*
| The customer identity actions behind /register, /login, /verify-email,
| /forgot-password, /reset-password and /portal/settings. Controllers
| validate input and turn outcomes into responses; everything that touches
| users, tokens and mails happens here.
|
| Rule kept throughout: no answer reveals whether an address has an account
| (registration and forgot-password answer the same either way; the owner of
| an address learns about attempts by email).
*/
import { DateTime } from 'luxon'
import { inject } from '@adonisjs/core'
import hash from '@adonisjs/core/services/hash'
import mail from '@adonisjs/mail/services/main'
import db from '@adonisjs/lucid/services/db'
import { errors as authErrors } from '@adonisjs/auth'
import { appUrl } from '#config/app'
import type { Locale } from '#domain/statuses'
import User from '#models/user'
import UserTokenService, { TOKEN_LIFETIMES } from '#services/user_token_service'
import { isUniqueViolation } from '#services/database_errors'
import VerifyEmailMail from '#mails/account/verify_email_mail'
import PasswordResetMail from '#mails/account/password_reset_mail'
import EmailChangeVerificationMail from '#mails/account/email_change_verification_mail'
import EmailChangeNoticeMail from '#mails/account/email_change_notice_mail'
import RegistrationAttemptMail from '#mails/account/registration_attempt_mail'

/** Absolute URL of an app path, for emailed links (APP_URL). */
export function absoluteUrl(path: string) {
  return `${appUrl.replace(/\/+$/, '')}${path}`
}

export interface RegistrationInput {
  firstName: string
  lastName: string
  email: string
  password: string
  phone?: string | null
}

export type VerifyOutcome =
  | { status: 'verified'; user: User }
  | { status: 'email_changed'; user: User }
  | { status: 'email_taken'; user: User }
  | { status: 'invalid' }

export class WrongPasswordError extends Error {}
export class SameEmailError extends Error {}

@inject()
export default class CustomerAccountService {
  constructor(protected tokens: UserTokenService) {}

  /**
   * Creates an unverified customer and mails them a confirmation link. When
   * the address already has an account, nothing is created: its owner is
   * told by email instead, and the caller answers exactly as on success.
   */
  async register(input: RegistrationInput, locale: Locale): Promise<void> {
    const existing = await User.findByEmail(input.email)
    if (existing) return this.#registrationAttempted(existing, input.password)

    let user: User
    try {
      user = await User.create({
        email: input.email,
        password: input.password,
        firstName: input.firstName,
        lastName: input.lastName,
        phone: input.phone ?? null,
        role: 'customer',
        locale,
        emailVerifiedAt: null,
        mustChangePassword: false,
        // The registration form cannot be sent without accepting the terms.
        termsAcceptedAt: DateTime.now(),
      })
    } catch (error) {
      if (!isUniqueViolation(error)) throw error
      const owner = await User.findByEmail(input.email)
      if (!owner) throw error
      return this.#registrationAttempted(owner, input.password)
    }
    await this.sendVerification(user)
  }

  async #registrationAttempted(owner: User, password: string) {
    // The same hashing work as a real sign-up, so timing does not tell the two apart.
    await hash.make(password)
    await mail.sendLater(
      new RegistrationAttemptMail(owner, absoluteUrl('/login'), absoluteUrl('/forgot-password'))
    )
  }

  /** Issues a fresh confirmation link (voiding earlier ones) and mails it. */
  async sendVerification(user: User) {
    const token = await this.tokens.issue(user, 'email_verification')
    await mail.sendLater(
      new VerifyEmailMail(
        user,
        absoluteUrl(`/verify-email/${token}`),
        TOKEN_LIFETIMES.email_verification.hours
      )
    )
  }

  /**
   * "Resend the confirmation email" from the login page: mails a new link
   * when the address has an unconfirmed account, silently nothing otherwise.
   */
  async resendVerification(email: string) {
    const user = await User.findByEmail(email)
    if (user && !user.emailVerifiedAt && !user.isBanned) await this.sendVerification(user)
  }

  /**
   * The link of a confirmation mail: either a first confirmation
   * (`email_verification`) or the confirmation of a new address
   * (`email_change`, which then becomes the account's email). Single use:
   * the token is consumed whatever happens next.
   */
  async verifyEmail(token: string): Promise<VerifyOutcome> {
    const verification = await this.tokens.consume(token, 'email_verification')
    if (verification) {
      const user = verification.user
      if (!user.emailVerifiedAt) {
        user.emailVerifiedAt = DateTime.now()
        await user.save()
      }
      return { status: 'verified', user }
    }

    const change = await this.tokens.consume(token, 'email_change')
    if (!change || !change.newEmail) return { status: 'invalid' }
    const newEmail = change.newEmail
    try {
      return await db.transaction(async (trx) => {
        const user = await User.query({ client: trx })
          .where('id', change.userId)
          .forUpdate()
          .firstOrFail()
        const owner = await User.query({ client: trx })
          .whereRaw('lower(email) = lower(?)', [newEmail])
          .whereNot('id', user.id)
          .first()
        if (owner) return { status: 'email_taken', user } as const
        user.email = newEmail
        user.emailVerifiedAt = DateTime.now()
        await user.save()
        return { status: 'email_changed', user } as const
      })
    } catch (error) {
      if (!isUniqueViolation(error)) throw error
      return { status: 'email_taken', user: change.user }
    }
  }

  /**
   * Looks the account up case-insensitively and checks the password, with
   * the same hashing work whether the account exists or not. Throws
   * E_INVALID_CREDENTIALS on any mismatch (an account without a password,
   * e.g. a future Google sign-in, never matches).
   */
  async verifyCredentials(email: string, password: string): Promise<User> {
    const user = await User.findByEmail(email)
    if (!user || !user.password) {
      await hash.make(password)
      throw new authErrors.E_INVALID_CREDENTIALS('Invalid user credentials')
    }
    if (!(await hash.verify(user.password, password))) {
      throw new authErrors.E_INVALID_CREDENTIALS('Invalid user credentials')
    }
    return user
  }

  /** Mails a reset link when the address has an account; nothing otherwise. */
  async requestPasswordReset(email: string) {
    const user = await User.findByEmail(email)
    if (!user) {
      await hash.make(email) // comparable work either way
      return
    }
    const token = await this.tokens.issue(user, 'password_reset')
    await mail.sendLater(
      new PasswordResetMail(
        user,
        absoluteUrl(`/reset-password/${token}`),
        TOKEN_LIFETIMES.password_reset.hours
      )
    )
  }

  /** Whether a confirmation link (first confirmation or new address) would still work. */
  verificationLinkIsValid(token: string) {
    return this.tokens.isValid(token, ['email_verification', 'email_change'])
  }

  /** Whether a reset link would still set a password. */
  resetLinkIsValid(token: string) {
    return this.tokens.isValid(token, ['password_reset'])
  }

  /**
   * Sets a new password from a reset link; null when the link is unknown,
   * used, expired or of another purpose. Opening the link proves the mailbox,
   * so an unconfirmed address becomes confirmed.
   */
  async resetPassword(token: string, password: string): Promise<User | null> {
    const row = await this.tokens.consume(token, 'password_reset')
    if (!row) return null
    const user = row.user
    user.password = password
    user.emailVerifiedAt ??= DateTime.now()
    await user.save()
    return user
  }

  async #checkPassword(user: User, password: string) {
    if (!user.password || !(await hash.verify(user.password, password))) {
      throw new WrongPasswordError()
    }
  }

  /** Throws WrongPasswordError when the current password does not match. */
  async changePassword(user: User, currentPassword: string, newPassword: string) {
    await this.#checkPassword(user, currentPassword)
    user.password = newPassword
    await user.save()
  }

  async updateProfile(
    user: User,
    input: { firstName: string; lastName: string; phone?: string | null; locale: Locale }
  ) {
    user.merge({
      firstName: input.firstName,
      lastName: input.lastName,
      phone: input.phone ?? null,
      locale: input.locale,
    })
    await user.save()
  }

  /**
   * Starts an email change: a link to the NEW address (token `email_change`
   * carrying it) and a notice to the CURRENT one. When the new address
   * already belongs to another account no link is sent, but the answer and
   * the notice are the same, so the form does not reveal who has an account.
   */
  async requestEmailChange(user: User, newEmail: string, currentPassword: string) {
    await this.#checkPassword(user, currentPassword)
    if (newEmail.toLowerCase() === user.email.toLowerCase()) throw new SameEmailError()

    const taken = await User.query()
      .whereRaw('lower(email) = lower(?)', [newEmail])
      .whereNot('id', user.id)
      .first()
    if (!taken) {
      const token = await this.tokens.issue(user, 'email_change', { newEmail })
      await mail.sendLater(
        new EmailChangeVerificationMail(
          user,
          newEmail,
          absoluteUrl(`/verify-email/${token}`),
          TOKEN_LIFETIMES.email_change.hours
        )
      )
    }
    await mail.sendLater(new EmailChangeNoticeMail(user, newEmail, absoluteUrl('/forgot-password')))
  }
}
