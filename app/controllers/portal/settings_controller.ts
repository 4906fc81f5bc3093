import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import CustomerAccountService, {
  SameEmailError,
  WrongPasswordError,
} from '#services/customer_account_service'
import { guardPasswordCheck, TooManyAttemptsError } from '#services/abuse_limits'
import { formError, mailedLinkAllowed, tooManyAttempts } from '#services/form_errors'
import { rememberLocale } from '#middleware/locale_middleware'
import {
  changeEmailValidator,
  changePasswordValidator,
  profileValidator,
} from '#validators/customer_settings'
import { PASSWORD_MIN_LENGTH } from '#validators/auth'

/**
 * /portal/settings: profile and language, password, email address.
 */
@inject()
export default class SettingsController {
  constructor(protected accounts: CustomerAccountService) {}

  async show({ inertia, auth }: HttpContext) {
    const user = auth.getUserOrFail()
    inertia.encryptHistory()
    return inertia.render('portal/settings', {
      emailVerified: user.emailVerifiedAt !== null,
      profile: {
        firstName: user.firstName,
        lastName: user.lastName,
        phone: user.phone,
        email: user.email,
        locale: user.locale,
      },
      passwordMinLength: PASSWORD_MIN_LENGTH,
    })
  }

  async updateProfile(ctx: HttpContext) {
    const { request, auth, session, response } = ctx
    const user = auth.getUserOrFail()
    const payload = await request.validateUsing(profileValidator, {
      messagesProvider: ctx.i18n.createMessagesProvider(),
    })
    await this.accounts.updateProfile(user, payload)
    rememberLocale(response, user.locale)
    // In the language just chosen.
    ctx.i18n.switchLocale(user.locale)
    session.flash('success', ctx.i18n.t('portal.profile.saved'))
    return response.redirect().toRoute('portal.settings')
  }

  async updatePassword(ctx: HttpContext) {
    const { request, auth, session, response, i18n } = ctx
    const user = auth.getUserOrFail()
    const { currentPassword, newPassword } = await request.validateUsing(changePasswordValidator, {
      messagesProvider: i18n.createMessagesProvider(),
    })
    const changed = await this.#withCurrentPassword(ctx, () =>
      this.accounts.changePassword(user, currentPassword, newPassword)
    )
    if (!changed) return
    // A new session id for the new credentials.
    session.regenerate()
    session.flash('success', i18n.t('portal.password.changed'))
    return response.redirect().toRoute('portal.settings')
  }

  async updateEmail(ctx: HttpContext) {
    const { request, auth, session, response, i18n } = ctx
    const user = auth.getUserOrFail()
    const { newEmail, currentPassword } = await request.validateUsing(changeEmailValidator, {
      messagesProvider: i18n.createMessagesProvider(),
    })
    if (!(await mailedLinkAllowed(ctx, 'newEmail', 'email_change', `user_${user.id}`))) return
    const requested = await this.#withCurrentPassword(ctx, async () => {
      try {
        await this.accounts.requestEmailChange(user, newEmail, currentPassword)
      } catch (error) {
        if (error instanceof SameEmailError) {
          throw formError('newEmail', i18n.t('portal.emailChange.same'), 'same')
        }
        throw error
      }
    })
    if (!requested) return
    session.flash('success', i18n.t('portal.emailChange.sent', { email: newEmail }))
    return response.redirect().toRoute('portal.settings')
  }

  /**
   * Runs `change` behind the check of the current password. A wrong password
   * is an error on `currentPassword`; too many of them answer 429 (then false
   * is returned: the response is already written).
   */
  async #withCurrentPassword(ctx: HttpContext, change: () => Promise<unknown>) {
    try {
      await guardPasswordCheck(ctx.auth.getUserOrFail().id, change)
      return true
    } catch (error) {
      if (error instanceof TooManyAttemptsError) {
        tooManyAttempts(ctx, 'currentPassword', error)
        return false
      }
      if (error instanceof WrongPasswordError) {
        throw formError('currentPassword', ctx.i18n.t('portal.password.wrongCurrent'), 'password')
      }
      throw error
    }
  }
}
