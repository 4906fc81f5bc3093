import { inject } from '@adonisjs/core'
import GoogleSignInService from '#services/google_sign_in_service'
import type { HttpContext } from '@adonisjs/core/http'
import CustomerAccountService from '#services/customer_account_service'
import { mailedLinkAllowed } from '#services/form_errors'
import { PASSWORD_MIN_LENGTH, registerValidator } from '#validators/auth'

/**
 * Customer self-registration. Both outcomes (new account, address already
 * registered) end on the same "check your email" page.
 */
@inject()
export default class RegisterController {
  constructor(protected accounts: CustomerAccountService) {}

  async create({ inertia }: HttpContext) {
    return inertia.render('public/auth/register', {
      googleSignIn: GoogleSignInService.isEnabled(),
      passwordMinLength: PASSWORD_MIN_LENGTH,
    })
  }

  async store(ctx: HttpContext) {
    const { request, response, session } = ctx
    const payload = await request.validateUsing(registerValidator, {
      messagesProvider: ctx.i18n.createMessagesProvider(),
    })
    if (!(await mailedLinkAllowed(ctx, 'email', 'registration', payload.email))) return
    await this.accounts.register(payload, ctx.locale)
    session.flash('registeredEmail', payload.email)
    return response.redirect().toRoute('register.sent')
  }

  async sent({ inertia, session }: HttpContext) {
    const email = session.flashMessages.get('registeredEmail') as string | undefined
    return inertia.render('public/auth/check_email', { email: email ?? null })
  }
}
