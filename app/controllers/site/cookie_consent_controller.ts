import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import CookieConsentService from '#services/cookie_consent_service'
import { cookieConsentValidator } from '#validators/site'

/** Cookie (with the anonymous id every consent row of this browser shares). */
const CONSENT_ID_COOKIE = 'consent_id'

/**
 * POST /cookies/consent: a visitor's cookie choices, stored with the policy
 * version. No page asks for it today (the site sets no non-essential cookie,
 * see app/domain/cookie_policy.ts); it is ready for the banner that would.
 */
@inject()
export default class CookieConsentController {
  constructor(protected consents: CookieConsentService) {}

  async store({ request, response, auth, i18n }: HttpContext) {
    const choices = await request.validateUsing(cookieConsentValidator, {
      messagesProvider: i18n.createMessagesProvider(),
    })
    const consent = await this.consents.record(
      choices,
      request.plainCookie(CONSENT_ID_COOKIE),
      auth.user
    )
    response.plainCookie(CONSENT_ID_COOKIE, consent.anonymousId, {
      maxAge: '1y',
      httpOnly: true,
      sameSite: 'lax',
    })
    if (request.header('x-inertia')) return response.redirect().back()
    return response.created({ choices: consent.choices, policyVersion: consent.policyVersion })
  }
}
