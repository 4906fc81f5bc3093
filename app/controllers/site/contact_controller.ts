import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { INTAKE_USE_CASES } from '#domain/intake'
import IntakeRequestService from '#services/intake_request_service'
import { contactValidator } from '#validators/site'

/** /contact: the request form; a request is stored and both sides are emailed. */
@inject()
export default class ContactController {
  constructor(protected requests: IntakeRequestService) {}

  async show({ inertia, i18n }: HttpContext) {
    return inertia.render('public/site/contact', {
      useCases: INTAKE_USE_CASES.map((value) => ({
        value,
        label: i18n.t(`site.contact.useCases.${value}`),
      })),
    })
  }

  async store({ request, response, session, i18n, locale }: HttpContext) {
    const input = await request.validateUsing(contactValidator, {
      messagesProvider: i18n.createMessagesProvider(),
    })
    await this.requests.submit(input, locale)
    session.flash('success', i18n.t('site.contact.sent'))
    return response.redirect().toRoute('contact')
  }
}
