/*
| The staff order page (/staff/orders/:id): which status changes staff are
| offered, and applying one (its history is OrderTimelineQuery).
|
| Offered = allowedTransitions of the lifecycle module for the order's state,
| the same check OrderTransitionService.apply runs under its row lock, so a
| button is shown exactly when the click would succeed. Two changes are not
| plain status writes and are handled here:
| - draft → quote is publishing: QuoteService.publish (claim code, validity
|   date, totals, quote email); a raw status change would leave a quote the
|   customer cannot open.
| - quote → claimed is the customer's own act: a claim binds the order to the
|   session's user (SPEC §5, §7), which staff cannot be. It is never offered
|   and refused if posted.
*/
import {
  allowedTransitions,
  InvalidTransitionError,
  ReasonRequiredError,
  transitionRequiresReason,
  type StatusChange,
} from '#domain/order_lifecycle'
import type Order from '#models/order'
import type User from '#models/user'
import { formError } from '#services/form_errors'
import OrderTransitionService from '#services/order_transition_service'
import QuoteService, { EmptyQuoteError } from '#services/quote_service'
import type { OrderTransitionInput } from '#validators/order_transition'

export type StaffAction = StatusChange & { requiresReason: boolean }

function isCustomerOnly(change: StatusChange) {
  return change.axis === 'orderStatus' && change.to === 'claimed'
}

export default class StaffOrderService {
  constructor(
    private transitions = new OrderTransitionService(),
    private quotes = new QuoteService()
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

  /**
   * Applies a change posted by staff. Every refusal is a form error (redirect
   * back with the message for pages, 422 for JSON) and changes nothing.
   */
  async transition(order: Order, input: OrderTransitionInput, actor: User) {
    const change = { axis: input.axis, to: input.to } as StatusChange
    const from = order[input.axis]
    try {
      if (isCustomerOnly(change)) {
        throw formError(
          'to',
          `${input.axis} cannot go ${from} → ${input.to}: only the customer claims a quote, from its link`
        )
      }
      if (change.axis === 'orderStatus' && change.to === 'quote') {
        return await this.quotes.publish(order, actor)
      }
      return await this.transitions.apply(order.id, change, { actor, reason: input.reason })
    } catch (error) {
      if (error instanceof ReasonRequiredError) throw formError('reason', error.message, 'required')
      if (error instanceof InvalidTransitionError || error instanceof EmptyQuoteError) {
        throw formError('to', error.message, 'transition')
      }
      throw error
    }
  }
}
