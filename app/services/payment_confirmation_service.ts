import { inject } from '@adonisjs/core'
import logger from '@adonisjs/core/services/logger'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Order from '#models/order'
import type User from '#models/user'
import OrderTransitionService from '#services/order_transition_service'
import db from '@adonisjs/lucid/services/db'
import type { VivaTransaction } from '#services/viva_client'

/**
 * What a Viva transaction meant for its order:
 * - `paid`: this call recorded the payment;
 * - `alreadyPaid`: the order was paid before (another tab, the webhook, a retry);
 * - `notPaid`: Viva says the transaction is not finished (statusId other than F);
 * - `rejected`: it does not match the order (amount, code, order number, customer,
 *   or the order can no longer be paid); nothing changed, logged;
 * - `unknownOrder`: no order has the transaction's order code.
 */
export type PaymentOutcome = 'paid' | 'alreadyPaid' | 'notPaid' | 'rejected' | 'unknownOrder'

/**
 * Records a payment exactly once, from a transaction as Viva's API reports it
 * (never from what a browser or a webhook body says). The order's row is
 * locked, so the success page and any number of webhook deliveries queue up
 * and only the first one finds the order awaiting payment. The checks: Viva
 * status `F`, the amount equal to the order's total compared in cents, the
 * order code equal to the order's stored code, merchantTrns equal to the order
 * number and, on the success page, the order is the signed-in customer's.
 * Then `paid` through the transition module (its event sends the "payment
 * confirmed" email after the commit) with the transaction id as the invoice
 * reference.
 */
@inject()
export default class PaymentConfirmationService {
  constructor(protected transitions: OrderTransitionService) {}

  async confirm(
    viva: VivaTransaction,
    options: { customer?: User; client?: TransactionClientContract } = {}
  ): Promise<{ outcome: PaymentOutcome; order: Order | null }> {
    // The caller's transaction itself (the webhook's, with its event row), not a savepoint:
    // the email waits for the commit that makes the payment real.
    const run = async (trx: TransactionClientContract) => {
      const order = await Order.lockByVivaOrderCode(viva.orderCode, trx)
      if (!order) {
        logger.warn(
          { transactionId: viva.transactionId, orderCode: viva.orderCode },
          'viva transaction of no known order'
        )
        return { outcome: 'unknownOrder' as const, order: null }
      }
      const reject = (why: string) => {
        logger.warn(
          { orderId: order.id, transactionId: viva.transactionId, why },
          'viva transaction rejected'
        )
        return { outcome: 'rejected' as const, order }
      }

      if (options.customer && order.customerId !== options.customer.id) {
        return reject('another customer’s order')
      }
      if (order.paymentStatus === 'paid' || order.paymentStatus === 'refunded') {
        if (order.invoiceReference !== viva.transactionId) {
          logger.warn(
            { orderId: order.id, transactionId: viva.transactionId },
            'second viva transaction for a paid order'
          )
        }
        return { outcome: 'alreadyPaid' as const, order }
      }
      if (viva.statusId !== 'F') return { outcome: 'notPaid' as const, order }
      if (viva.amountCents !== order.totalGrossCents)
        return reject('amount differs from the order total')
      if (viva.merchantTrns !== order.orderNumber)
        return reject('merchantTrns is not the order number')
      if (order.orderStatus !== 'confirmed' || order.paymentStatus !== 'awaiting_payment') {
        return reject(`order is ${order.orderStatus}/${order.paymentStatus}`)
      }

      await this.transitions.apply(order.id, { axis: 'paymentStatus', to: 'paid' }, { client: trx })
      await Order.query({ client: trx })
        .where('id', order.id)
        .update({ invoiceReference: viva.transactionId })
      await order.refresh()
      return { outcome: 'paid' as const, order }
    }
    return options.client ? run(options.client) : db.transaction(run)
  }
}
