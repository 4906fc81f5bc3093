import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { PaymentRefusal } from '#exceptions/payment_refusal'
import Order from '#models/order'
import type User from '#models/user'
import VivaClient, { VivaUnavailableError } from '#services/viva_client'

/**
 * A payment order at Viva still this far from its expiry is reused; a
 * customer who reaches the checkout with less left gets a fresh one.
 */
const REUSE_MARGIN_MINUTES = 5

/**
 * Pay (SPEC §6): the Viva checkout page of an order its owner may pay. The
 * order's row stays locked while Viva creates the payment order, so two tabs
 * clicking Pay at once queue up and the second reuses the first one's code:
 * an order never has two live codes. The amount is the order's total in
 * cents as the database has it; merchantTrns is the order number, which the
 * verification compares on the way back.
 */
@inject()
export default class PaymentCheckoutService {
  constructor(protected viva: VivaClient) {}

  async checkoutUrl(order: Order, customer: User) {
    const code = await db.transaction(async (trx) => {
      const locked = await Order.lockForUpdate(order, trx)
      if (
        locked.customerId !== customer.id ||
        locked.orderStatus !== 'confirmed' ||
        locked.paymentStatus !== 'awaiting_payment'
      ) {
        throw new PaymentRefusal('notPayable')
      }
      const reusableUntil = DateTime.now().plus({ minutes: REUSE_MARGIN_MINUTES })
      if (locked.vivaOrderCode && locked.vivaOrderCodeExpiresAt! > reusableUntil) {
        return locked.vivaOrderCode
      }

      const timeout = this.viva.config.paymentTimeoutSeconds
      let created: string
      try {
        created = await this.viva.createOrder({
          amountCents: locked.totalGrossCents,
          merchantTrns: locked.orderNumber,
          customerTrns: `PCMR ${locked.orderNumber}`,
          customer: {
            email: customer.email,
            fullName: `${customer.firstName} ${customer.lastName}`.trim(),
            phone: customer.phone,
            requestLang: customer.locale === 'en' ? 'en-GB' : 'el-GR',
          },
          paymentTimeoutSeconds: timeout,
        })
      } catch (error) {
        if (error instanceof VivaUnavailableError)
          throw new PaymentRefusal('unavailable', error.message)
        throw error
      }
      locked.vivaOrderCode = created
      locked.vivaOrderCodeExpiresAt = DateTime.now().plus({ seconds: timeout })
      await locked.save()
      return created
    })
    return this.viva.checkoutUrl(code)
  }
}
