import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { errors as authErrors } from '@adonisjs/auth'
import CustomerAccountService from '#services/customer_account_service'
import GoogleSignInService from '#services/google_sign_in_service'
import { guardLogin, TooManyAttemptsError } from '#services/abuse_limits'
import { formError, tooManyAttempts } from '#services/form_errors'
import { rememberLocale } from '#middleware/locale_middleware'
import { loginValidator } from '#validators/auth'

const CLEAR_HISTORY_FLASH_KEY = 'clearHistory'

/**
 * Customer login and logout. Staff accounts sign in at /staff/login (TOTP),
 * never here.
 */
@inject()
export default class SessionController {
  constructor(protected accounts: CustomerAccountService) {}

  async create({ inertia, session }: HttpContext) {
    // Right after a logout: the client forgets the (encrypted) history of the portal pages.
    if (session.flashMessages.get(CLEAR_HISTORY_FLASH_KEY)) inertia.clearHistory()
    return inertia.render('public/auth/login', {
      googleSignIn: GoogleSignInService.isEnabled(),
    })
  }

  async store(ctx: HttpContext) {
    const { request, response, auth, i18n } = ctx
    const { email, password } = await request.validateUsing(loginValidator, {
      messagesProvider: i18n.createMessagesProvider(),
    })

    let user
    try {
      user = await guardLogin(email, request.ip(), () =>
        this.accounts.verifyCredentials(email, password)
      )
    } catch (error) {
      if (error instanceof TooManyAttemptsError) return tooManyAttempts(ctx, 'form', error)
      if (error instanceof authErrors.E_INVALID_CREDENTIALS) {
        throw formError('form', i18n.t('auth.login.invalid'), 'credentials')
      }
      throw error
    }

    // Only after the password matched, so these never reveal an account to a guesser.
    if (user.isBanned) throw formError('form', i18n.t('auth.login.banned'), 'banned')
    if (user.isStaff) throw formError('form', i18n.t('auth.login.staff'), 'staff')

    // login() regenerates the session id (session fixation).
    await auth.use('web').login(user)
    return response.redirect().toIntended('/portal')
  }

  async destroy(ctx: HttpContext) {
    const { auth, session, response, locale, i18n } = ctx
    await auth.use('web').logout()
    // Nothing of the old session survives, and it gets a new id; the language stays.
    session.clear()
    session.regenerate()
    rememberLocale(response, locale)
    session.flash('success', i18n.t('auth.logout.done'))
    // clearHistory() acts on a rendered page, not a redirect: the login page applies it.
    session.flash(CLEAR_HISTORY_FLASH_KEY, true)
    return response.redirect().toRoute('login')
  }
}
