import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import i18nManager from '@adonisjs/i18n/services/main'
import { INTAKE_USE_CASES } from '#domain/intake'
import IntakeRequestListQuery from '#queries/intake_request_list_query'
import IntakeRequestService from '#services/intake_request_service'
import { currentStaff } from '#services/staff_session_service'
import IntakeRequestTransformer from '#transformers/intake_request_transformer'
import { listQuery } from '#validators/list_query'
import { intakeRequestListValidator } from '#validators/site'

/** /staff/requests: what visitors sent through /contact, and "turn into a draft quote". */
@inject()
export default class IntakeRequestsController {
  constructor(
    protected list: IntakeRequestListQuery,
    protected requests: IntakeRequestService
  ) {}

  async index({ request, inertia }: HttpContext) {
    const { page } = await request.validateUsing(intakeRequestListValidator, {
      data: listQuery(request),
    })
    const requests = await this.list.run(page)
    const english = i18nManager.locale('en')
    return inertia.render('staff/requests/index', {
      requests: IntakeRequestTransformer.paginate(requests.all(), requests.getMeta()),
      useCases: INTAKE_USE_CASES.map((value) => ({
        value,
        label: english.t(`site.contact.useCases.${value}`),
      })),
    })
  }

  /** One click: the draft quote of the request (the same draft on a second click), opened for editing. */
  async toDraft(ctx: HttpContext) {
    const order = await this.requests.toDraftQuote(Number(ctx.params.id), currentStaff(ctx).user)
    ctx.session.flash('success', `Draft ${order.orderNumber} created from the request.`)
    return ctx.response.redirect().toRoute('staff.quotes.edit', { id: order.id })
  }
}
