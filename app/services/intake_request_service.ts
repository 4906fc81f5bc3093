import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import i18nManager from '@adonisjs/i18n/services/main'
import type { Infer } from '@vinejs/vine/types'
import type { Locale } from '#domain/statuses'
import IntakeRequested from '#events/intake_requested'
import IntakeRequest from '#models/intake_request'
import type User from '#models/user'
import QuoteDraftService from '#services/quote_draft_service'
import { transaction } from '#services/transactions'
import type { contactValidator } from '#validators/site'

/** Requests sent through /contact, and the step that makes a draft quote of one. */
@inject()
export default class IntakeRequestService {
  constructor(protected drafts: QuoteDraftService) {}

  /** Stores a request in the visitor's language; the emails follow (IntakeRequested). */
  async submit(input: Infer<typeof contactValidator>, locale: Locale) {
    const request = await IntakeRequest.create({
      name: input.name,
      email: input.email,
      phone: input.phone ?? null,
      useCase: input.useCase,
      budgetCents: input.budget === null || input.budget === undefined ? null : input.budget * 100,
      message: input.message,
      locale,
    })
    await IntakeRequested.dispatch(request)
    return request
  }

  /**
   * Staff's one click: a draft quote from the request (name, email, phone,
   * language, use case, budget; the message as the order's notes), which
   * staff then fill with lines. Under a row lock, so a double click makes one
   * draft: a request already turned into a draft returns that draft.
   */
  async toDraftQuote(requestId: number, staffUser: User) {
    return transaction(undefined, async (trx) => {
      const request = await IntakeRequest.query({ client: trx })
        .where('id', requestId)
        .forUpdate()
        .firstOrFail()
      if (request.orderId !== null) {
        await request.load('order')
        return request.order
      }
      const order = await this.drafts.create(
        {
          intakeName: request.name,
          intakeEmail: request.email,
          intakePhone: request.phone,
          intakeLocale: request.locale,
          // In the back office's language, like the rest of the staff pages.
          useCase: i18nManager.locale('en').t(`site.contact.useCases.${request.useCase}`),
          budgetCents: request.budgetCents,
          notes: request.message,
        },
        staffUser,
        { client: trx }
      )
      request.merge({ orderId: order.id, convertedAt: DateTime.now() })
      await request.useTransaction(trx).save()
      return order
    })
  }
}
