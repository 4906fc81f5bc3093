import { inject } from '@adonisjs/core'
import logger from '@adonisjs/core/services/logger'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { PaymentRefusal } from '#exceptions/payment_refusal'
import Order from '#models/order'
import type User from '#models/user'
import OrderTransitionService from '#services/order_transition_service'
import VivaClient, { VivaUnavailableError, type VivaTransaction } from '#services/viva_client'

/** Viva's transaction type of a card refund (a reversal of a payment). */
const REFUND_TRANSACTION_TYPE = 7

/** The history reason when Viva's 1797 event records a refund made elsewhere. */
export const REFUNDED_AT_VIVA = 'Refunded at Viva (webhook 1797)'

/**
 * Refunds (SPEC §6): a superadmin refunds a paid order in full through Viva,
 * then `paid` → `refunded` through the transition module (its event sends the
 * refund email). Viva's 1797 event records a refund too (one made in Viva's
 * dashboard, or ours if our commit was lost); whichever comes first changes
 * the order, the other finds it refunded and does nothing. Both hold the
 * order's row lock.
 */
@inject()
export default class PaymentRefundService {
  constructor(
    protected viva: VivaClient,
    protected transitions: OrderTransitionService
  ) {}

  async refund(order: Order, actor: User, reason: string) {
    return db.transaction(async (trx) => {
      const locked = await Order.lockForUpdate(order, trx)
      if (locked.paymentStatus !== 'paid' || !locked.invoiceReference) {
        throw new PaymentRefusal('notRefundable')
      }
      // The transition's checks (reason, lifecycle) before any money moves.
      if (!reason.trim()) throw new PaymentRefusal('notRefundable', 'a reason is required')
      let reversal: string | null
      try {
        reversal = await this.viva.refund(locked.invoiceReference, locked.totalGrossCents)
      } catch (error) {
        if (error instanceof VivaUnavailableError)
          throw new PaymentRefusal('unavailable', error.message)
        throw error
      }
      if (!reversal) throw new PaymentRefusal('refundRefused')
      logger.info({ orderId: locked.id, reversal }, 'viva refund made')
      return this.transitions.apply(
        locked.id,
        { axis: 'paymentStatus', to: 'refunded' },
        { client: trx, actor, reason }
      )
    })
  }

  /** Viva's 1797: records the refund unless it is recorded already. */
  async confirmReversal(transaction: VivaTransaction, trx: TransactionClientContract) {
    const isReversal =
      transaction.transactionTypeId === REFUND_TRANSACTION_TYPE || transaction.statusId === 'R'
    const order = await Order.lockByVivaOrderCode(transaction.orderCode, trx)
    if (!order || !isReversal) {
      logger.warn(
        { transactionId: transaction.transactionId, orderId: order?.id, isReversal },
        'viva reversal event not applied'
      )
      return order
    }
    if (order.paymentStatus !== 'paid') return order
    await this.transitions.apply(
      order.id,
      { axis: 'paymentStatus', to: 'refunded' },
      { client: trx, reason: REFUNDED_AT_VIVA }
    )
    return order
  }
}
