/*
| The staff order page (/staff/orders/:id): which status changes staff are
| offered, and applying one (its history is OrderTimelineQuery).
|
| Offered = allowedTransitions of the lifecycle module for the order's state,
| the same check OrderTransitionService.apply runs under its row lock, so a
| button is shown exactly when the click would succeed. Two changes are not
| plain status writes and are handled here:
| - draft → quote is publishing: PublishQuoteService (claim code, validity
|   date, totals, quote email); a raw status change would leave a quote the
|   customer cannot open.
| - quote → claimed is the customer's own act: a claim binds the order to the
|   session's user (SPEC §5, §7), which staff cannot be. It is never offered
|   and refused if posted.
| Every refusal renders itself as a form error (StatusChangeRefusal, ReasonRequiredError).
*/
import { inject } from '@adonisjs/core'
import {
  allowedTransitions,
  transitionRequiresReason,
  type StatusChange,
} from '#domain/order_lifecycle'
import CustomerOnlyTransitionError from '#exceptions/customer_only_transition_error'
import type Order from '#models/order'
import type User from '#models/user'
import OrderTransitionService from '#services/order_transition_service'
import PublishQuoteService from '#services/publish_quote_service'
import type { OrderTransitionInput } from '#validators/order_transition'
import { PaymentRefusal } from '#exceptions/payment_refusal'

export type StaffAction = StatusChange & { requiresReason: boolean }

function isCustomerOnly(change: StatusChange) {
  return change.axis === 'orderStatus' && change.to === 'claimed'
}

@inject()
export default class StaffOrderService {
  constructor(
    protected transitions: OrderTransitionService,
    protected publishing: PublishQuoteService
  ) {}

  /** The status changes the page offers for `order`, axis by axis. */
  async actionsFor(order: Order): Promise<StaffAction[]> {
    const state = await this.transitions.stateOf(order)
    return allowedTransitions(state)
      .filter((change) => !isCustomerOnly(change))
      .map((change) => ({
        ...change,
        requiresReason: transitionRequiresReason(change.axis, state[change.axis], change.to),
      }))
  }

  /** Applies a change posted by staff; a refusal changes nothing. */
  async transition(order: Order, input: OrderTransitionInput, actor: User) {
    const change = { axis: input.axis, to: input.to } as StatusChange
    if (isCustomerOnly(change)) throw new CustomerOnlyTransitionError(order, change)
    if (change.axis === 'orderStatus' && change.to === 'quote') {
      return this.publishing.publish(order, actor)
    }
    // Money paid through Viva goes back through Viva (PaymentRefundService), not by a status change.
    if (change.axis === 'paymentStatus' && change.to === 'refunded' && order.invoiceReference) {
      throw new PaymentRefusal('refundThroughViva')
    }
    return this.transitions.apply(order.id, change, { actor, reason: input.reason })
  }
}
