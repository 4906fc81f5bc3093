import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import CustomerAccountService from '#services/customer_account_service'
import { consumeMailedLink, TooManyAttemptsError } from '#services/abuse_limits'
import { mailedLinkAllowed, throttleMessage, tooManyAttempts } from '#services/form_errors'
import { emailOnlyValidator } from '#validators/auth'

/**
 * Confirmation links (/verify-email/:token, first confirmation and email
 * changes) and "send me a new link" (login page and portal banner).
 *
 * Opening the link shows a page whose button POSTs the token: mail scanners
 * that prefetch links then cannot use up the single-use token.
 */
@inject()
export default class EmailVerificationController {
  constructor(protected accounts: CustomerAccountService) {}

  /** The confirm page of a valid link; a bad or expired one goes straight to asking for a new one. */
  async show(ctx: HttpContext) {
    const { inertia, params, response } = ctx
    const token = String(params.token)
    if (!(await this.accounts.verificationLinkIsValid(token))) return this.#invalidLink(ctx)
    // The token is in the URL: never send it to another origin in a Referer header.
    response.header('Referrer-Policy', 'same-origin')
    return inertia.render('public/auth/verify_email', { token })
  }

  async store(ctx: HttpContext) {
    const { params, auth, session, response, i18n } = ctx
    const outcome = await this.accounts.verifyEmail(String(params.token))
    const current = auth.user

    if (outcome.status === 'invalid') return this.#invalidLink(ctx)

    const { user } = outcome
    const own = current?.id === user.id
    if (outcome.status === 'email_taken') {
      session.flash('error', i18n.t('portal.emailChange.taken'))
    } else if (outcome.status === 'email_changed') {
      session.flash('success', i18n.t('portal.emailChange.done', { email: user.email }))
    } else {
      session.flash('success', i18n.t(own ? 'auth.verify.done' : 'auth.verify.doneLogin'))
    }

    if (user.isStaff) return response.redirect(own ? '/staff' : '/staff/login')
    if (own) {
      return response
        .redirect()
        .toRoute(outcome.status === 'verified' ? 'portal.dashboard' : 'portal.settings')
    }
    return response.redirect().toRoute('login')
  }

  /** "Resend the confirmation email" form, linked from the login page. */
  async create({ inertia }: HttpContext) {
    return inertia.render('public/auth/resend_verification', {})
  }

  /** Same answer whether the address has an (unconfirmed) account or not. */
  async resend(ctx: HttpContext) {
    const { request, session, response, i18n } = ctx
    const { email } = await request.validateUsing(emailOnlyValidator, {
      messagesProvider: i18n.createMessagesProvider(),
    })
    if (!(await mailedLinkAllowed(ctx, 'email', 'verification', email))) return
    await this.accounts.resendVerification(email)
    session.flash('success', i18n.t('auth.verify.sent'))
    return response.redirect().toRoute('verification.create')
  }

  /** The portal banner's "send me a new link", for the logged-in user. */
  async resendForUser(ctx: HttpContext) {
    const { auth, request, session, response, i18n } = ctx
    const user = auth.getUserOrFail()
    if (user.emailVerifiedAt) {
      session.flash('success', i18n.t('auth.verify.already'))
      return response.redirect().back()
    }
    try {
      await consumeMailedLink('verification', `user_${user.id}`, request.ip())
    } catch (error) {
      if (!(error instanceof TooManyAttemptsError)) throw error
      // A button, not a form: the message goes to the flash banner.
      if (!request.header('x-inertia')) return tooManyAttempts(ctx, 'form', error)
      session.flash('error', throttleMessage(i18n, error.retryAfterSeconds))
      return response.redirect().back()
    }
    await this.accounts.sendVerification(user)
    session.flash('success', i18n.t('auth.verify.sentPortal', { email: user.email }))
    return response.redirect().back()
  }

  /** "Invalid or expired, ask for a new link": the portal banner offers one, else the resend form. */
  #invalidLink({ auth, session, response, i18n }: HttpContext) {
    session.flash('error', i18n.t('auth.verify.invalid'))
    return response.redirect().toRoute(auth.user ? 'portal.dashboard' : 'verification.create')
  }
}
