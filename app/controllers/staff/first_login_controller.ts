import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import mail from '@adonisjs/mail/services/main'
import router from '@adonisjs/core/services/router'
import { DateTime } from 'luxon'
import env from '#start/env'
import StaffVerifyEmailMail from '#mails/staff/staff_verify_email_mail'
import ActivityLogService, { userSubject } from '#services/activity_log_service'
import { formError, waitInMinutes } from '#services/form_errors'
import { consumeMailedLink, TooManyAttemptsError } from '#services/abuse_limits'
import StaffSessionService, {
  currentStaff,
  STAFF_HOME_ROUTE,
  STAFF_STEP_ROUTES,
} from '#services/staff_session_service'
import TwoFactorService from '#services/two_factor_service'
import UserTokenService from '#services/user_token_service'
import {
  STAFF_PASSWORD_MIN_LENGTH,
  staffFirstPasswordValidator,
  staffTwoFactorCodeValidator,
} from '#validators/staff'
import type User from '#models/user'

/** Session flash key carrying fresh recovery codes to the page that shows them once. */
export const RECOVERY_CODES_FLASH = 'staffRecoveryCodes'

/**
 * The first-login steps (SPEC §7): replace the temporary password, confirm the
 * email address, enrol TOTP. Each page answers only while its step is due
 * (StaffFirstLoginMiddleware); each success moves on to the next step due.
 */
@inject()
export default class FirstLoginController {
  constructor(
    protected staffSession: StaffSessionService,
    protected twoFactor: TwoFactorService,
    protected tokens: UserTokenService,
    protected activity: ActivityLogService
  ) {}

  async editPassword(ctx: HttpContext) {
    const { user } = currentStaff(ctx)
    return ctx.inertia.render('staff/first_login/password', {
      email: user.email,
      steps: stepList('password'),
      passwordMinLength: STAFF_PASSWORD_MIN_LENGTH,
    })
  }

  async updatePassword(ctx: HttpContext) {
    const { request, session } = ctx
    const staff = currentStaff(ctx)
    const { password } = await request.validateUsing(staffFirstPasswordValidator)

    if (staff.user.password && (await staff.user.verifyPassword(password))) {
      throw formError('password', 'Choose a password different from the temporary one.')
    }

    staff.user.password = password
    staff.user.mustChangePassword = false
    await staff.user.save()
    await this.activity.record({
      actor: staff.user,
      action: 'staff.password.changed',
      subject: userSubject(staff.user),
      metadata: { temporary: true },
      ip: request.ip(),
    })
    // New credentials, new session id.
    session.regenerate()
    session.flash('success', 'Your new password is saved.')
    return this.#next(ctx, staff.user, staff.twoFactorPassed)
  }

  async showVerifyEmail(ctx: HttpContext) {
    const { user } = currentStaff(ctx)
    return ctx.inertia.render('staff/first_login/verify_email', {
      email: user.email,
      sent: Boolean(ctx.session.flashMessages.get('staffVerificationSent')),
      steps: stepList('verify-email'),
    })
  }

  async sendVerifyEmail(ctx: HttpContext) {
    const { request, response, session } = ctx
    const { user } = currentStaff(ctx)

    try {
      await consumeMailedLink('verification', `user_${user.id}`, request.ip())
    } catch (error) {
      if (!(error instanceof TooManyAttemptsError)) throw error
      session.flash(
        'error',
        `Too many emails sent. Check your inbox (and spam folder), or try again in ${waitInMinutes('en', error.retryAfterSeconds)}.`
      )
      return response.redirect().toRoute(STAFF_STEP_ROUTES['verify-email'])
    }

    const token = await this.tokens.issue(user, 'email_verification')
    const path = router.urlBuilder.urlFor('staff.first_login.verify_email.confirm', { token })
    const url = `${env.get('APP_URL').replace(/\/+$/, '')}${path}`
    await mail.sendLater(new StaffVerifyEmailMail(user, url))
    session.flash('success', `We sent a confirmation link to ${user.email}.`)
    session.flash('staffVerificationSent', true)
    return response.redirect().toRoute(STAFF_STEP_ROUTES['verify-email'])
  }

  async confirmEmail(ctx: HttpContext) {
    const { params, response, session, request } = ctx
    const staff = currentStaff(ctx)

    const row = await this.tokens.consume(String(params.token), 'email_verification')
    if (!row || row.userId !== staff.user.id) {
      session.flash(
        'error',
        'This confirmation link is not valid: it has expired, was already used, or belongs to another account. Send a new one.'
      )
      return response.redirect().toRoute(STAFF_STEP_ROUTES['verify-email'])
    }

    staff.user.emailVerifiedAt = DateTime.now()
    await staff.user.save()
    await this.activity.record({
      actor: staff.user,
      action: 'staff.email.verified',
      subject: userSubject(staff.user),
      ip: request.ip(),
    })
    session.flash('success', 'Your email address is confirmed.')
    return this.#next(ctx, staff.user, staff.twoFactorPassed)
  }

  async showTwoFactorSetup(ctx: HttpContext) {
    const { user } = currentStaff(ctx)
    const enrolment = await this.twoFactor.beginEnrolment(user)
    // The secret is on this page: keep it out of readable browser history.
    ctx.inertia.encryptHistory()
    return ctx.inertia.render('staff/first_login/two_factor', {
      email: user.email,
      qrCode: enrolment.qrCode,
      secret: enrolment.secret,
      issuer: env.get('APP_NAME') || 'PCMR',
      steps: stepList('two-factor-setup'),
    })
  }

  async confirmTwoFactorSetup(ctx: HttpContext) {
    const { request, response, session } = ctx
    const staff = currentStaff(ctx)
    const { code } = await request.validateUsing(staffTwoFactorCodeValidator)
    const recoveryCodes = await this.twoFactor.completeEnrolment(staff.user, code)
    await this.activity.record({
      actor: staff.user,
      action: 'staff.two_factor.enabled',
      subject: userSubject(staff.user),
      ip: request.ip(),
    })

    // Second factor proven: logged in now, with a new session id.
    await this.staffSession.completeLogin(ctx, staff.user)
    session.flash(RECOVERY_CODES_FLASH, recoveryCodes)
    return response.redirect().toRoute('staff.recovery_codes')
  }

  async #next(ctx: HttpContext, user: User, twoFactorPassed: boolean) {
    const step = await this.staffSession.stepFor(user, twoFactorPassed)
    return ctx.response.redirect().toRoute(step ? STAFF_STEP_ROUTES[step] : STAFF_HOME_ROUTE)
  }
}

/** The progress list shown on the first-login pages. */
function stepList(current: 'password' | 'verify-email' | 'two-factor-setup') {
  const order = ['password', 'verify-email', 'two-factor-setup'] as const
  const labels = {
    'password': 'New password',
    'verify-email': 'Confirm email',
    'two-factor-setup': 'Authenticator app',
  }
  const index = order.indexOf(current)
  return order.map((step, position) => ({
    label: labels[step],
    state:
      position < index
        ? ('done' as const)
        : position === index
          ? ('current' as const)
          : ('todo' as const),
  }))
}
