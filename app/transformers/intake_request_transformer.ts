import { BaseTransformer } from '@adonisjs/core/transformers'
import { formatMoment } from '#domain/date_format'
import { formatMoney } from '#domain/money'
import type IntakeRequest from '#models/intake_request'

/** A /contact request in the back office's list (English). Needs `order` preloaded. */
export default class IntakeRequestTransformer extends BaseTransformer<IntakeRequest> {
  toObject() {
    const request = this.resource
    return {
      ...this.pick(request, ['id', 'name', 'email', 'phone', 'useCase', 'message', 'locale']),
      budget: request.budgetCents === null ? null : formatMoney(request.budgetCents, 'en'),
      receivedAt: formatMoment(request.createdAt),
      draft: request.order ? { id: request.order.id, number: request.order.orderNumber } : null,
    }
  }
}
