/*
| The one lifecycle module (SPEC §4): every allowed transition of the three
| status axes of an order, and the rules that tie the axes together. It is
| pure (no database); OrderTransitionService asks it about the row it has
| locked and writes the change and the history row only when it agrees.
|
| An order's state is judged as a whole: a change is allowed when the axis
| table allows from → to AND no cross-axis rule refuses it. The same function
| (checkTransition) answers both the write path and the UI (allowedTransitions),
| so a button is offered exactly when the click would succeed.
*/

import DomainRefusal from '#exceptions/domain_refusal'
import StatusChangeRefusal from '#exceptions/status_change_refusal'
import {
  FULFILLMENT_STATUSES,
  ORDER_STATUSES,
  PAYMENT_STATUSES,
  STATUS_AXES,
  type BuildStatus,
  type FulfillmentStatus,
  type OrderStatus,
  type PaymentStatus,
  type StatusAxis,
} from '#domain/statuses'

export type StatusValue = OrderStatus | PaymentStatus | FulfillmentStatus

export type StatusChange =
  | { axis: 'orderStatus'; to: OrderStatus }
  | { axis: 'paymentStatus'; to: PaymentStatus }
  | { axis: 'fulfillmentStatus'; to: FulfillmentStatus }

export type OrderState = {
  orderStatus: OrderStatus
  paymentStatus: PaymentStatus
  /** null until fulfilment starts. */
  fulfillmentStatus: FulfillmentStatus | null
  /** The order's shipping line is a shop pickup (allows ready → completed). */
  isPickup: boolean
}

// ---------------------------------------------------------------------------
// Per-axis transition tables
// ---------------------------------------------------------------------------

export const ORDER_STATUS_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  draft: ['quote', 'cancelled'],
  quote: ['claimed', 'cancelled'],
  claimed: ['confirmed', 'cancelled'],
  confirmed: ['completed', 'cancelled'],
  // Terminal: a finished or cancelled order is history, a new need is a new order.
  completed: [],
  cancelled: [],
}

export const PAYMENT_STATUS_TRANSITIONS: Readonly<Record<PaymentStatus, readonly PaymentStatus[]>> =
  {
    unpaid: ['awaiting_payment'],
    // Back to unpaid: the Viva payment order expired or was abandoned, or staff reset it.
    awaiting_payment: ['paid', 'unpaid'],
    paid: ['refunded'],
    refunded: [],
  }

/**
 * Key for "fulfilment not started" (the column is null). Object keys are
 * strings, so null gets a name; it is also how messages show it.
 */
export const FULFILLMENT_NOT_STARTED = 'none'

export const FULFILLMENT_STATUS_TRANSITIONS: Readonly<
  Record<FulfillmentStatus | typeof FULFILLMENT_NOT_STARTED, readonly FulfillmentStatus[]>
> = {
  [FULFILLMENT_NOT_STARTED]: ['awaiting_parts'],
  awaiting_parts: ['assembling'],
  assembling: ['setup'],
  // Rework: a problem found during setup or testing sends the build back to the bench.
  setup: ['testing', 'assembling'],
  testing: ['ready', 'assembling'],
  // ready → completed is the pickup shortcut (guarded by the pickup_only rule).
  ready: ['packaging', 'completed'],
  packaging: ['shipped'],
  shipped: ['completed'],
  completed: [],
}

export const TRANSITIONS: Readonly<
  Record<StatusAxis, Readonly<Record<string, readonly string[]>>>
> = {
  orderStatus: ORDER_STATUS_TRANSITIONS,
  paymentStatus: PAYMENT_STATUS_TRANSITIONS,
  fulfillmentStatus: FULFILLMENT_STATUS_TRANSITIONS,
}

const AXIS_VALUES: Readonly<Record<StatusAxis, readonly StatusValue[]>> = {
  orderStatus: ORDER_STATUSES,
  paymentStatus: PAYMENT_STATUSES,
  fulfillmentStatus: FULFILLMENT_STATUSES,
}

/** Whether the axis table alone allows from → to (cross-axis rules not considered). */
export function isAllowedOnAxis(axis: StatusAxis, from: string | null, to: string | null): boolean {
  const table = TRANSITIONS[axis]
  if (!table || typeof to !== 'string') return false
  if (from === null && axis !== 'fulfillmentStatus') return false
  const key = from ?? FULFILLMENT_NOT_STARTED
  // hasOwn: a status named like an Object.prototype member must not find one.
  return Object.hasOwn(table, key) && table[key].includes(to)
}

// ---------------------------------------------------------------------------
// Cross-axis rules
// ---------------------------------------------------------------------------

/** Stable codes of every reason a transition can be refused (logged, tested, shown to staff). */
export const TRANSITION_RULE_CODES = [
  'invalid_transition',
  'order_cancelled',
  'order_completed',
  'cancel_requires_refund',
  'completion_requires_fulfillment',
  'payment_requires_confirmed_order',
  'fulfillment_start_requires_confirmed_paid',
  'fulfillment_requires_confirmed_paid',
  'pickup_only',
] as const
export type TransitionRuleCode = (typeof TRANSITION_RULE_CODES)[number]

type RuleContext = {
  state: OrderState
  axis: StatusAxis
  from: StatusValue | null
  to: StatusValue
}

type CrossAxisRule = {
  code: TransitionRuleCode
  /** True when the rule refuses the change; rules that do not concern the change return false. */
  refuses: (context: RuleContext) => boolean
  /** Why, with the state that made it so; appended to "<axis> cannot go <from> → <to>". */
  reason: (context: RuleContext) => string
}

const isConfirmedAndPaid = (state: OrderState) =>
  state.orderStatus === 'confirmed' && state.paymentStatus === 'paid'

/**
 * Checked in this order; the first that refuses gives the error. The rules are
 * deliberately few and absolute:
 *
 * - A cancelled order is frozen, all three axes. A refund therefore has to
 *   happen before the cancellation (cancel_requires_refund), never after.
 * - A completed order is frozen except paid → refunded: a refund after
 *   delivery (return, goodwill) is real life and must stay recordable.
 * - Cancelling is allowed while payment is unpaid, awaiting_payment or
 *   refunded, whatever the fulfilment: fulfilment only runs on a paid order,
 *   so an order with fulfilment under way can only be cancelled once it has
 *   been refunded. A payment that completes at Viva after its order was
 *   cancelled is refused here (awaiting_payment → paid on a cancelled order);
 *   the payment flow must refund it rather than revive the order.
 * - Payment is requested and recorded only on a confirmed order: the customer
 *   pays for the quote they accepted, not for a draft that staff may still edit.
 * - Fulfilment (start and every step after) needs a confirmed, paid order; a
 *   refund mid-build therefore halts fulfilment until the order is settled.
 * - ready → completed skips packaging and shipping, only for a pickup order.
 * - The order is completed only once fulfilment is completed.
 */
export const CROSS_AXIS_RULES: readonly CrossAxisRule[] = [
  {
    code: 'order_cancelled',
    refuses: ({ state }) => state.orderStatus === 'cancelled',
    reason: () => 'the order is cancelled and can no longer change',
  },
  {
    code: 'order_completed',
    refuses: ({ state, axis, from, to }) =>
      state.orderStatus === 'completed' &&
      !(axis === 'paymentStatus' && from === 'paid' && to === 'refunded'),
    reason: () => 'the order is completed; only a refund (paymentStatus paid → refunded) remains',
  },
  {
    code: 'cancel_requires_refund',
    refuses: ({ state, axis, to }) =>
      axis === 'orderStatus' && to === 'cancelled' && state.paymentStatus === 'paid',
    reason: ({ state }) =>
      `a paid order must be refunded before it is cancelled (paymentStatus: ${state.paymentStatus})`,
  },
  {
    code: 'completion_requires_fulfillment',
    refuses: ({ state, axis, to }) =>
      axis === 'orderStatus' && to === 'completed' && state.fulfillmentStatus !== 'completed',
    reason: ({ state }) =>
      `the order can be completed only once fulfilment is completed (fulfillmentStatus: ${show(state.fulfillmentStatus)})`,
  },
  {
    code: 'payment_requires_confirmed_order',
    refuses: ({ state, axis, to }) =>
      axis === 'paymentStatus' &&
      (to === 'awaiting_payment' || to === 'paid') &&
      state.orderStatus !== 'confirmed',
    reason: ({ state }) =>
      `payment is requested and recorded only for a confirmed order (orderStatus: ${state.orderStatus})`,
  },
  {
    code: 'fulfillment_start_requires_confirmed_paid',
    refuses: ({ state, axis, from }) =>
      axis === 'fulfillmentStatus' && from === null && !isConfirmedAndPaid(state),
    reason: ({ state }) =>
      `the order must be confirmed and paid (orderStatus: ${state.orderStatus}, paymentStatus: ${state.paymentStatus})`,
  },
  {
    code: 'fulfillment_requires_confirmed_paid',
    refuses: ({ state, axis, from }) =>
      axis === 'fulfillmentStatus' && from !== null && !isConfirmedAndPaid(state),
    reason: ({ state }) =>
      `the order must be confirmed and paid (orderStatus: ${state.orderStatus}, paymentStatus: ${state.paymentStatus})`,
  },
  {
    code: 'pickup_only',
    refuses: ({ state, axis, from, to }) =>
      axis === 'fulfillmentStatus' && from === 'ready' && to === 'completed' && !state.isPickup,
    reason: () => 'only a pickup order may skip packaging and shipping',
  },
]

function show(value: string | null) {
  return value ?? FULFILLMENT_NOT_STARTED
}

// ---------------------------------------------------------------------------
// Checking
// ---------------------------------------------------------------------------

export type TransitionRefusal = {
  ok: false
  code: TransitionRuleCode
  message: string
  axis: StatusAxis
  from: StatusValue | null
  to: StatusValue
}
export type TransitionVerdict = { ok: true } | TransitionRefusal

/** Whether `state` may change `axis` to `to`; when not, which rule refused it and why. */
export function checkTransition(
  state: OrderState,
  axis: StatusAxis,
  to: StatusValue
): TransitionVerdict {
  const from = state[axis]
  const refuse = (code: TransitionRuleCode, message: string): TransitionRefusal => ({
    ok: false,
    code,
    message,
    axis,
    from,
    to,
  })

  if (!isAllowedOnAxis(axis, from, to)) {
    return refuse('invalid_transition', `Invalid ${axis} transition: ${show(from)} → ${show(to)}`)
  }

  const context: RuleContext = { state, axis, from, to }
  for (const rule of CROSS_AXIS_RULES) {
    if (!rule.refuses(context)) continue
    const what =
      axis === 'fulfillmentStatus' && from === null
        ? `fulfillmentStatus cannot start (${show(from)} → ${to})`
        : `${axis} cannot go ${show(from)} → ${to}`
    return refuse(rule.code, `${what}: ${rule.reason(context)}`)
  }
  return { ok: true }
}

/** Throws InvalidTransitionError unless checkTransition accepts the change. */
export function assertTransition(state: OrderState, axis: StatusAxis, to: StatusValue) {
  const verdict = checkTransition(state, axis, to)
  if (!verdict.ok) throw new InvalidTransitionError(verdict)
}

/** Every change checkTransition accepts from `state`, axis by axis in status order. */
export function allowedTransitions(state: OrderState): StatusChange[] {
  const changes: StatusChange[] = []
  for (const axis of STATUS_AXES) {
    for (const to of AXIS_VALUES[axis]) {
      if (checkTransition(state, axis, to).ok) changes.push({ axis, to } as StatusChange)
    }
  }
  return changes
}

/**
 * A refused status change: 422, code E_INVALID_TRANSITION, and a message that
 * names the axis, the from and the to state (SPEC §4). Rendered as a form
 * error on `to` (StatusChangeRefusal).
 */
export class InvalidTransitionError extends StatusChangeRefusal {
  static code = 'E_INVALID_TRANSITION'

  readonly axis: StatusAxis
  readonly from: StatusValue | null
  readonly to: StatusValue
  readonly ruleCode: TransitionRuleCode

  constructor(
    refusal: Pick<TransitionRefusal, 'code' | 'message'> & Partial<TransitionRefusal>,
    details: { axis?: StatusAxis; from?: StatusValue | null; to?: StatusValue } = {}
  ) {
    super(refusal.message)
    this.axis = (details.axis ?? refusal.axis)!
    this.from = details.from !== undefined ? details.from : (refusal.from ?? null)
    this.to = (details.to ?? refusal.to)!
    this.ruleCode = refusal.code
  }
}

// ---------------------------------------------------------------------------
// Builds and reasons
// ---------------------------------------------------------------------------

/**
 * The fulfilment status a build status implies (SPEC §4), or null when it
 * implies none: a pending build has not started, and a failed build changes
 * nothing on the order (staff fix it and retry).
 */
export function fulfillmentForBuildStatus(buildStatus: BuildStatus): FulfillmentStatus | null {
  switch (buildStatus) {
    case 'in_progress':
      return 'assembling'
    case 'testing':
      return 'testing'
    case 'completed':
      return 'ready'
    case 'pending':
    case 'failed':
      return null
  }
}

/**
 * A change that must be explained (cancel, refund, rework) asked for without
 * a reason: 422, code E_REASON_REQUIRED, a form error on `reason`. Checked by
 * OrderTransitionService under the order's row lock, against the state it
 * locked.
 */
export class ReasonRequiredError extends DomainRefusal {
  static code = 'E_REASON_REQUIRED'
  readonly field = 'reason'
  readonly rule = 'required'

  constructor(
    readonly axis: StatusAxis,
    readonly from: StatusValue | null,
    readonly to: StatusValue
  ) {
    super(
      `Give a reason: ${axis} ${from ?? 'not started'} → ${to} is kept in the order history with it.`
    )
  }
}

/**
 * Changes that undo work or money need a written reason in the history row:
 * a cancellation, a refund, and sending a build back for rework.
 */
export function transitionRequiresReason(
  axis: StatusAxis,
  from: StatusValue | null,
  to: StatusValue
): boolean {
  if (axis === 'orderStatus') return to === 'cancelled'
  if (axis === 'paymentStatus') return to === 'refunded'
  return isRework(axis, from, to)
}

/** Rework: a problem found during setup or testing sends the build back to the bench. */
export function isRework(axis: StatusAxis, from: StatusValue | null, to: StatusValue) {
  return (
    axis === 'fulfillmentStatus' && (from === 'setup' || from === 'testing') && to === 'assembling'
  )
}
