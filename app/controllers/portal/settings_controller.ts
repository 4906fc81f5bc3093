import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import CustomerAccountService, {
  SameEmailError,
  WrongPasswordError,
} from '#services/customer_account_service'
import { consumeMailedLink, guardPasswordCheck, TooManyAttemptsError } from '#services/abuse_limits'
import { customerMessage } from '#services/customer_messages'
import { formError, tooManyAttempts } from '#services/form_errors'
import { LOCALE_SESSION_KEY } from '#middleware/locale_middleware'
import { authMessages } from '#validators/auth'
import {
  changeEmailValidator,
  changePasswordValidator,
  profileValidator,
} from '#validators/customer_settings'

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
    })
  }

  async updateProfile(ctx: HttpContext) {
    const { request, auth, session, response } = ctx
    const user = auth.getUserOrFail()
    const payload = await request.validateUsing(profileValidator, {
      messagesProvider: authMessages(ctx.locale),
    })
    await this.accounts.updateProfile(user, payload)
    session.put(LOCALE_SESSION_KEY, user.locale)
    // In the language just chosen.
    session.flash('success', customerMessage(user.locale, 'profile.saved'))
    return response.redirect().toRoute('portal.settings')
  }

  async updatePassword(ctx: HttpContext) {
    const { request, auth, session, response, locale } = ctx
    const user = auth.getUserOrFail()
    const { currentPassword, newPassword } = await request.validateUsing(changePasswordValidator, {
      messagesProvider: authMessages(locale),
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
        throw formError(
          'currentPassword',
          customerMessage(locale, 'password.wrongCurrent'),
          'password'
        )
      }
      throw error
    }
    // A new session id for the new credentials.
    session.regenerate()
    session.flash('success', customerMessage(locale, 'password.changed'))
    return response.redirect().toRoute('portal.settings')
  }

  async updateEmail(ctx: HttpContext) {
    const { request, auth, session, response, locale } = ctx
    const user = auth.getUserOrFail()
    const { newEmail, currentPassword } = await request.validateUsing(changeEmailValidator, {
      messagesProvider: authMessages(locale),
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
        throw formError(
          'currentPassword',
          customerMessage(locale, 'password.wrongCurrent'),
          'password'
        )
      }
      if (error instanceof SameEmailError) {
        throw formError('newEmail', customerMessage(locale, 'emailChange.same'), 'same')
      }
      throw error
    }
    session.flash('success', customerMessage(locale, 'emailChange.sent', { email: newEmail }))
    return response.redirect().toRoute('portal.settings')
  }
}
