import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import CustomerAccountService, {
  SameEmailError,
  WrongPasswordError,
} from '#services/customer_account_service'
import { consumeMailedLink, guardPasswordCheck, TooManyAttemptsError } from '#services/abuse_limits'
import { formError, tooManyAttempts } from '#services/form_errors'
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
    try {
      await guardPasswordCheck(user.id, () =>
        this.accounts.changePassword(user, currentPassword, newPassword)
      )
    } catch (error) {
      if (error instanceof TooManyAttemptsError) {
        return tooManyAttempts(ctx, 'currentPassword', error)
      }
      if (error instanceof WrongPasswordError) {
        throw formError('currentPassword', i18n.t('portal.password.wrongCurrent'), 'password')
      }
      throw error
    }
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
    try {
      await consumeMailedLink('email_change', `user_${user.id}`, request.ip())
    } catch (error) {
      if (error instanceof TooManyAttemptsError) return tooManyAttempts(ctx, 'newEmail', error)
      throw error
    }
    try {
      await guardPasswordCheck(user.id, () =>
        this.accounts.requestEmailChange(user, newEmail, currentPassword)
      )
    } catch (error) {
      if (error instanceof TooManyAttemptsError) {
        return tooManyAttempts(ctx, 'currentPassword', error)
      }
      if (error instanceof WrongPasswordError) {
        throw formError('currentPassword', i18n.t('portal.password.wrongCurrent'), 'password')
      }
      if (error instanceof SameEmailError) {
        throw formError('newEmail', i18n.t('portal.emailChange.same'), 'same')
      }
      throw error
    }
    session.flash('success', i18n.t('portal.emailChange.sent', { email: newEmail }))
    return response.redirect().toRoute('portal.settings')
  }
}
