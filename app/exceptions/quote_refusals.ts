/*
| What the quote use cases refuse (SPEC §5). Each renders itself as a form
| error (422 for JSON clients): see DomainRefusal.
*/
import type { LineItemKind, OrderStatus } from '#domain/statuses'
import DomainRefusal from '#exceptions/domain_refusal'
import StatusChangeRefusal from '#exceptions/status_change_refusal'

const STATUS_WORDS: Record<OrderStatus, string> = {
  draft: 'a draft',
  quote: 'a published quote',
  claimed: 'a claimed quote',
  confirmed: 'a confirmed order',
  completed: 'a completed order',
  cancelled: 'a cancelled order',
}

/** "Order PC… is a claimed quote (orderStatus: claimed)": where a refusal's order stands. */
const orderAt = (orderNumber: string, status: OrderStatus) =>
  `Order ${orderNumber} is ${STATUS_WORDS[status]} (orderStatus: ${status})`

/** Lines (and intake) are edited only while the order is a draft. */
export class QuoteNotEditableError extends DomainRefusal {
  static code = 'E_QUOTE_NOT_EDITABLE'
  readonly field = 'form'
  readonly rule = 'editable'

  constructor(
    public orderNumber: string,
    public orderStatus: OrderStatus
  ) {
    super(`${orderAt(orderNumber, orderStatus)}: its lines can only be edited while it is a draft`)
  }
}

/** A quote without lines cannot be published (the draft → quote change is refused). */
export class EmptyQuoteError extends StatusChangeRefusal {
  static code = 'E_EMPTY_QUOTE'

  constructor(public orderNumber: string) {
    super(`Order ${orderNumber} has no lines: add at least one before publishing the quote`)
  }
}

/** A deactivated catalog row is kept for old quotes but offered to no new one. */
export class CatalogItemInactiveError extends DomainRefusal {
  static code = 'E_CATALOG_ITEM_INACTIVE'
  readonly field = 'form'
  readonly rule = 'active'

  constructor(kind: LineItemKind, name: string) {
    super(`"${name}" (${kind}) is no longer active in the catalog and cannot be added to a quote`)
  }
}

/** The line picker sent a catalog row that does not exist (a stale search result). */
export class CatalogItemMissingError extends DomainRefusal {
  static code = 'E_CATALOG_ITEM_MISSING'
  readonly field = 'catalogId'
  readonly rule = 'exists'

  constructor(
    public kind: LineItemKind,
    public catalogId: number
  ) {
    super('This item is not in the catalog.')
  }
}

/** Only a published quote not yet accepted has a validity date that matters. */
export class QuoteValidityError extends DomainRefusal {
  static code = 'E_QUOTE_VALIDITY_LOCKED'
  readonly field = 'validUntil'
  readonly rule = 'editable'

  constructor(orderNumber: string, orderStatus: OrderStatus) {
    super(
      `${orderAt(orderNumber, orderStatus)}: only a published quote that has not been accepted has a validity date to change`
    )
  }
}
