import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import logger from '@adonisjs/core/services/logger'
import PaymentWebhookService, { type WebhookPayload } from '#services/payment_webhook_service'
import VivaClient, { VivaUnavailableError } from '#services/viva_client'

/**
 * GET|POST /payments/webhook. GET is Viva's verification handshake. POST
 * answers 401 to a bad signature, 200 to everything Viva should stop sending
 * (processed, duplicate, unknown order or type) and 503 when Viva could not be
 * asked about the transaction, so that Viva delivers it again.
 */
@inject()
export default class WebhookController {
  constructor(
    protected viva: VivaClient,
    protected webhooks: PaymentWebhookService
  ) {}

  key({ response }: HttpContext) {
    return response.ok({ Key: this.viva.config.webhookKey })
  }

  async receive({ request, response }: HttpContext) {
    const raw = request.raw() ?? ''
    if (!this.webhooks.hasValidSignature(raw, request.header('x-viva-signature'))) {
      return response.unauthorized({ message: 'Invalid signature' })
    }
    let payload: WebhookPayload
    try {
      payload = JSON.parse(raw)
    } catch {
      return response.badRequest({ message: 'Invalid JSON' })
    }
    try {
      const result = await this.webhooks.handle(payload ?? {})
      return response.ok({ result })
    } catch (error) {
      if (!(error instanceof VivaUnavailableError)) throw error
      logger.warn({ err: error }, 'viva webhook postponed: Viva unavailable')
      return response.serviceUnavailable({ message: 'Try again later' })
    }
  }
}
