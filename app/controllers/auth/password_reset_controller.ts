import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import CustomerAccountService from '#services/customer_account_service'
import { mailedLinkAllowed } from '#services/form_errors'
import { emailOnlyValidator, PASSWORD_MIN_LENGTH, resetPasswordValidator } from '#validators/auth'

/**
 * Forgot password (/forgot-password) and the emailed reset link
 * (/reset-password/:token). The request answers the same whatever the email.
 */
@inject()
export default class PasswordResetController {
  constructor(protected accounts: CustomerAccountService) {}

  async create({ inertia }: HttpContext) {
    return inertia.render('public/auth/forgot_password', {})
  }

  async store(ctx: HttpContext) {
    const { request, session, response, i18n } = ctx
    const { email } = await request.validateUsing(emailOnlyValidator, {
      messagesProvider: i18n.createMessagesProvider(),
    })
    if (!(await mailedLinkAllowed(ctx, 'email', 'password_reset', email))) return
    await this.accounts.requestPasswordReset(email)
    session.flash('success', i18n.t('auth.reset.sent'))
    return response.redirect().toRoute('password.forgot')
  }

  /** The form of a valid link; a bad or expired one goes straight to asking for a new one. */
  async edit({ inertia, params, response, session, i18n }: HttpContext) {
    const token = String(params.token)
    if (!(await this.accounts.resetLinkIsValid(token))) {
      session.flash('error', i18n.t('auth.reset.invalid'))
      return response.redirect().toRoute('password.forgot')
    }
    // The token is in the URL: never send it to another origin in a Referer header.
    response.header('Referrer-Policy', 'same-origin')
    return inertia.render('public/auth/reset_password', {
      token,
      passwordMinLength: PASSWORD_MIN_LENGTH,
    })
  }

  async update(ctx: HttpContext) {
    const { request, params, session, response, i18n } = ctx
    const { password } = await request.validateUsing(resetPasswordValidator, {
      messagesProvider: i18n.createMessagesProvider(),
    })
    const user = await this.accounts.resetPassword(String(params.token), password)
    if (!user) {
      session.flash('error', i18n.t('auth.reset.invalid'))
      return response.redirect().toRoute('password.forgot')
    }
    if (user.isStaff) {
      session.flash('success', i18n.t('auth.reset.doneStaff'))
      return response.redirect('/staff/login')
    }
    session.flash('success', i18n.t('auth.reset.done'))
    return response.redirect().toRoute('login')
  }
}
