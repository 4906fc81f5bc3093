import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import WaitlistService from '#services/waitlist_service'
import { waitlistValidator } from '#validators/site'

/** /waitlist: an address joins once; a second time is answered politely, nothing more. */
@inject()
export default class WaitlistController {
  constructor(protected waitlist: WaitlistService) {}

  async show({ inertia }: HttpContext) {
    return inertia.render('public/site/waitlist', {})
  }

  async store({ request, response, session, i18n, locale }: HttpContext) {
    const input = await request.validateUsing(waitlistValidator, {
      messagesProvider: i18n.createMessagesProvider(),
    })
    const { alreadyOnList } = await this.waitlist.join(input, locale)
    session.flash(
      'success',
      i18n.t(alreadyOnList ? 'site.waitlist.already' : 'site.waitlist.joined')
    )
    return response.redirect().toRoute('waitlist')
  }
}
