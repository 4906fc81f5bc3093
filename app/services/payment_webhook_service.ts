import { createHmac, timingSafeEqual } from 'node:crypto'
import { inject } from '@adonisjs/core'
import logger from '@adonisjs/core/services/logger'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { DateTime } from 'luxon'
import PaymentEvent from '#models/payment_event'
import PaymentConfirmationService from '#services/payment_confirmation_service'
import PaymentRefundService from '#services/payment_refund_service'
import VivaClient from '#services/viva_client'

/** Viva's webhook event types (VIVA.md §5). */
export const VIVA_EVENTS = { paid: 1796, refunded: 1797, failed: 1798 } as const

export type WebhookPayload = {
  EventTypeId?: unknown
  MessageId?: unknown
  EventData?: { TransactionId?: unknown; OrderCode?: unknown } | null
}

export type WebhookResult = 'processed' | 'duplicate' | 'ignored'

/**
 * Viva's webhook (SPEC §6). The signature only filters noise: the key that
 * signs is the one GET /payments/webhook hands to anyone. What Viva's API says
 * about the transaction, fetched again here, is what counts.
 *
 * Each event is processed once: its id (MessageId, else type + transaction
 * id) is inserted first, in the transaction that does the work. A duplicate
 * finds the row (a concurrent one waits on the unique index until the first
 * commits) and is a no-op; a failure (Viva unreachable) rolls the row back
 * with the work, so Viva's retry does it again.
 */
@inject()
export default class PaymentWebhookService {
  constructor(
    protected viva: VivaClient,
    protected confirmations: PaymentConfirmationService,
    protected refunds: PaymentRefundService
  ) {}

  /** Constant-time check of `x-viva-signature` (hex HMAC-SHA256 of the raw body). */
  hasValidSignature(rawBody: string, signature: string | undefined) {
    const key = this.viva.config.webhookKey
    if (!key || !signature) return false
    const expected = createHmac('sha256', key).update(rawBody).digest()
    const given = Buffer.from(signature, 'hex')
    return given.length === expected.length && timingSafeEqual(given, expected)
  }

  async handle(payload: WebhookPayload): Promise<WebhookResult> {
    const eventTypeId = Number(payload.EventTypeId)
    const transactionId =
      typeof payload.EventData?.TransactionId === 'string' ? payload.EventData.TransactionId : null
    const eventId =
      typeof payload.MessageId === 'string' && payload.MessageId
        ? payload.MessageId.slice(0, 120)
        : transactionId && Number.isInteger(eventTypeId)
          ? `${eventTypeId}:${transactionId}`.slice(0, 120)
          : null
    if (!eventId) {
      logger.warn({ payload }, 'viva webhook without an event id: ignored')
      return 'ignored'
    }

    return db.transaction(async (trx) => {
      const inserted = await trx
        .insertQuery()
        .table('payment_events')
        .insert({
          provider: 'viva',
          event_id: eventId,
          event_type_id: Number.isInteger(eventTypeId) ? eventTypeId : null,
          payload: JSON.stringify(payload),
          created_at: new Date(),
        })
        .knexQuery.onConflict(['provider', 'event_id'])
        .ignore()
        .returning('id')
      if (inserted.length === 0) return 'duplicate'
      const event = await PaymentEvent.query({ client: trx })
        .where('id', inserted[0].id)
        .firstOrFail()

      const orderId = await this.#act(eventTypeId, transactionId, eventId, trx)
      event.orderId = orderId
      event.processedAt = DateTime.now()
      await event.save()
      return 'processed'
    })
  }

  /** Does what the event asks, judged on Viva's answer; returns the order concerned. */
  async #act(
    eventTypeId: number,
    transactionId: string | null,
    eventId: string,
    trx: TransactionClientContract
  ): Promise<number | null> {
    const known = Object.values(VIVA_EVENTS) as number[]
    if (!known.includes(eventTypeId) || !transactionId) {
      logger.info({ eventId, eventTypeId }, 'viva webhook of a type we do not act on')
      return null
    }
    const transaction = await this.viva.transaction(transactionId)
    if (!transaction) {
      logger.warn({ eventId, transactionId }, 'viva webhook names a transaction Viva does not know')
      return null
    }

    switch (eventTypeId) {
      case VIVA_EVENTS.paid: {
        const { outcome, order } = await this.confirmations.confirm(transaction, { client: trx })
        logger.info({ eventId, outcome, orderId: order?.id }, 'viva payment webhook')
        return order?.id ?? null
      }
      case VIVA_EVENTS.refunded: {
        const order = await this.refunds.confirmReversal(transaction, trx)
        return order?.id ?? null
      }
      default: {
        const order = await trx
          .from('orders')
          .where('viva_order_code', transaction.orderCode)
          .select('id')
          .first()
        logger.warn(
          { eventId, orderId: order?.id, statusId: transaction.statusId },
          'viva reports a failed payment'
        )
        return order?.id ?? null
      }
    }
  }
}
