import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import GoogleSignInService from '#services/google_sign_in_service'

/**
 * "Continue with Google" for customers: off (404) unless GOOGLE_CLIENT_ID
 * and GOOGLE_CLIENT_SECRET are set.
 */
@inject()
export default class GoogleController {
  constructor(protected google: GoogleSignInService) {}

  async redirect({ ally, response }: HttpContext) {
    if (!GoogleSignInService.isEnabled()) return response.notFound()
    return ally.use('google').redirect()
  }

  async callback({ ally, auth, session, response, locale, i18n }: HttpContext) {
    if (!GoogleSignInService.isEnabled()) return response.notFound()
    const google = ally.use('google')

    const failure = google.accessDenied()
      ? 'auth.google.cancelled'
      : google.stateMisMatch() || google.hasError()
        ? 'auth.google.failed'
        : null
    if (failure) {
      session.flash('error', i18n.t(failure))
      return response.redirect('/login')
    }

    const profile = await google.user()
    const outcome = await this.google.customerFor(
      {
        email: profile.email,
        emailVerified: profile.emailVerificationState === 'verified',
        firstName: profile.original?.given_name ?? null,
        lastName: profile.original?.family_name ?? null,
      },
      locale
    )
    if (outcome.status === 'refused') {
      session.flash('error', i18n.t(`auth.google.${outcome.reason}`))
      return response.redirect('/login')
    }

    // login() regenerates the session id (session fixation).
    await auth.use('web').login(outcome.user)
    return response.redirect().toIntended('/portal')
  }
}
