import type { StatusChange } from '#domain/order_lifecycle'
import StatusChangeRefusal from '#exceptions/status_change_refusal'
import type Order from '#models/order'

/** Staff asked for a change only the customer makes: claiming a quote binds it to their account. */
export default class CustomerOnlyTransitionError extends StatusChangeRefusal {
  static code = 'E_CUSTOMER_ONLY_TRANSITION'

  constructor(order: Order, change: StatusChange) {
    super(
      `${change.axis} cannot go ${order[change.axis]} → ${change.to}: only the customer claims a quote, from its link`
    )
  }
}
