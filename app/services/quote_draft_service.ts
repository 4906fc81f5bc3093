import { inject } from '@adonisjs/core'
import { assertNonNegativeCents } from '#domain/money'
import type { Locale } from '#domain/statuses'
import Order from '#models/order'
import type User from '#models/user'
import ActivityLogService from '#services/activity_log_service'
import { blankToNull } from '#services/text_input'
import { transaction, type InTransaction } from '#services/transactions'

export type QuoteIntake = {
  intakeName: string
  intakeEmail: string
  intakePhone?: string | null
  /** The customer's language (Greek when not given). */
  intakeLocale?: Locale
  useCase?: string | null
  budgetCents?: number | null
  notes?: string | null
  internalNotes?: string | null
}

/** Staff flow 1 (SPEC §5): a new draft quote from what the customer told staff. */
@inject()
export default class QuoteDraftService {
  constructor(protected activity: ActivityLogService) {}

  /** A new draft (number from the database), with an activity row. */
  async create(intake: QuoteIntake, staffUser: User | null, options: InTransaction = {}) {
    if (intake.budgetCents !== null && intake.budgetCents !== undefined) {
      assertNonNegativeCents(intake.budgetCents, 'budget')
    }
    const created = await transaction(options.client, async (trx) => {
      const order = new Order()
      order.useTransaction(trx)
      order.merge({
        intakeName: intake.intakeName.trim(),
        intakeEmail: intake.intakeEmail.trim(),
        intakePhone: blankToNull(intake.intakePhone),
        intakeLocale: intake.intakeLocale ?? 'el',
        useCase: blankToNull(intake.useCase),
        budgetCents: intake.budgetCents ?? null,
        notes: blankToNull(intake.notes),
        internalNotes: blankToNull(intake.internalNotes),
        createdById: staffUser?.id ?? null,
        // The column defaults, spelled out so the returned instance has them.
        orderStatus: 'draft',
        paymentStatus: 'unpaid',
        fulfillmentStatus: null,
        totalNetCents: 0,
        totalVatCents: 0,
        totalGrossCents: 0,
      })
      await order.save()
      await this.activity.record(
        {
          actor: staffUser,
          action: 'quote.draft_created',
          subject: { type: 'order', id: order.id },
          metadata: { orderNumber: order.orderNumber, intakeEmail: order.intakeEmail },
        },
        trx
      )
      return order
    })
    // Inside a caller's transaction, the order stays in it (our savepoint has ended).
    if (options.client) created.useTransaction(options.client)
    return created
  }
}
