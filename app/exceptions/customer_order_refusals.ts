/*
| What the customer's own order actions refuse (SPEC §5, customer flow): a
| claim or an accept the order's state does not allow. Each renders itself as
| a form error (422 for JSON clients, see DomainRefusal) in the language of
| the request: the words are in resources/lang/{el,en}/orders.json under
| `refusals.<reason>`.
*/
import { ReasonedRefusal } from '#exceptions/domain_refusal'

export const CUSTOMER_ORDER_REFUSALS = [
  /** The quote is bound to another account (says nothing else about it). */
  'claimedByOther',
  /** Past its validity date: the shop has to extend it first. */
  'expired',
  'cancelled',
  /** Staff accounts never own orders. */
  'staff',
  /** Claiming binds an order to an address: it has to be confirmed first. */
  'unverified',
  /** Accepting needs a claimed quote (already accepted, or not yet claimed). */
  'notAcceptable',
  /** Declining is for a claimed quote not yet accepted. */
  'notDeclinable',
] as const

export type CustomerOrderRefusalReason = (typeof CUSTOMER_ORDER_REFUSALS)[number]

export class CustomerOrderRefusal extends ReasonedRefusal<CustomerOrderRefusalReason> {
  static code = 'E_CUSTOMER_ORDER_REFUSED'
  protected readonly namespace = 'orders'

  constructor(reason: CustomerOrderRefusalReason) {
    super(reason, `The order action was refused: ${reason}`)
  }
}
