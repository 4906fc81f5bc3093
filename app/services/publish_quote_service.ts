import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { generateClaimCode } from '#domain/claim_code'
import { assertTransition } from '#domain/order_lifecycle'
import { defaultQuoteValidUntil } from '#domain/shop_calendar'
import QuotePublished from '#events/quote_published'
import { EmptyQuoteError } from '#exceptions/quote_refusals'
import Order from '#models/order'
import type User from '#models/user'
import { isUniqueViolation } from '#services/database_errors'
import OrderTotalsService from '#services/order_totals_service'
import OrderTransitionService from '#services/order_transition_service'
import { validityDay } from '#services/quote_validity_service'
import { afterCommit, transaction, type InTransaction } from '#services/transactions'

/** Claim code collisions (80 random bits) are practically impossible; retrying a few times is plenty. */
const CLAIM_CODE_ATTEMPTS = 5

/** The public page of a published quote (SPEC §12): the link the customer is sent. */
export function quotePath(claimCode: string) {
  return `/quote/${claimCode}`
}

/** Where fresh claim codes come from (a test swaps it to force a collision). */
export class ClaimCodeGenerator {
  next() {
    return generateClaimCode()
  }
}

/**
 * Staff flow 2 (SPEC §5): publishing a draft as a quote. Refuses an empty
 * quote, generates the claim code, stamps publishedAt and the validity date
 * (14 days from today in Athens unless given; never in the past), writes the
 * draft → quote change through OrderTransitionService, and emits
 * QuotePublished once committed (the quote email).
 */
@inject()
export default class PublishQuoteService {
  constructor(
    protected transitions: OrderTransitionService,
    protected totals: OrderTotalsService,
    protected claimCodes: ClaimCodeGenerator
  ) {}

  async publish(
    order: Order | number,
    staffUser: User | null,
    options: InTransaction & { validUntil?: DateTime | Date | string } = {}
  ) {
    const validUntil = options.validUntil
      ? validityDay(options.validUntil)
      : defaultQuoteValidUntil()

    const published = await transaction(options.client, async (trx) => {
      const locked = await Order.lockForUpdate(order, trx)
      // The lifecycle's own check first: publishing anything but a draft is an invalid transition.
      assertTransition(
        {
          orderStatus: locked.orderStatus,
          paymentStatus: locked.paymentStatus,
          fulfillmentStatus: locked.fulfillmentStatus,
          isPickup: false,
        },
        'orderStatus',
        'quote'
      )
      const [{ count }] = await trx
        .from('order_lines')
        .where('order_id', locked.id)
        .count('* as count')
      if (Number(count) === 0) throw new EmptyQuoteError(locked.orderNumber)

      // Lines may have been written around the use cases (imports, factories): publish true totals.
      await this.totals.recalculate(locked, trx)
      await this.#assignClaimCode(locked.id, trx)
      locked.merge({ publishedAt: DateTime.now(), quoteValidUntil: validUntil })
      await locked.save()

      return this.transitions.apply(
        locked.id,
        { axis: 'orderStatus', to: 'quote' },
        { actor: staffUser, client: trx }
      )
    })

    if (order instanceof Order) {
      if (options.client) order.useTransaction(options.client)
      await order.refresh()
    }
    await afterCommit(options.client, () => QuotePublished.dispatch(published, staffUser))
    return published
  }

  /**
   * Writes a fresh claim code. Each attempt runs in a savepoint, so a unique
   * collision rolls back only that attempt and the next code is tried.
   */
  async #assignClaimCode(orderId: number, trx: TransactionClientContract) {
    for (let attempt = 1; ; attempt++) {
      const code = this.claimCodes.next()
      try {
        await trx.transaction(async (savepoint) => {
          await savepoint.from('orders').where('id', orderId).update({ claim_code: code })
        })
        return code
      } catch (error) {
        if (attempt < CLAIM_CODE_ATTEMPTS && isUniqueViolation(error, 'orders_claim_code_unique')) {
          continue
        }
        throw error
      }
    }
  }
}
