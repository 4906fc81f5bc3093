/*
| The customer emails of status changes (SPEC §8): payment requested,
| payment confirmed (however it was recorded: success page, webhook or
| staff, the transition's event fires once), cancelled, refunded, fulfilment ready / shipped / completed. The messages
| differ only in their words, so one class renders them all from one table,
| keyed by the (axis, new status) of the history row. A change not in the
| table sends nothing: the other emails of §8 (quote published,
| claimed, build started) belong to the flows that cause them.
*/
import { formatMoney } from '#domain/money'
import type { StatusAxis } from '#domain/statuses'
import { LocalizedMail } from '#mails/base/localized_mail'
import type { MailCopy, MailDetail, MailLocale } from '#mails/base/localized_mail'
import type Order from '#models/order'
import { absoluteUrl } from '#services/customer_account_service'

/**
 * The changes that send an email; their words are in emails.json under
 * `orderStatus.<axis>.<status>` (subject, paragraphs).
 */
export const ORDER_STATUS_EMAILS = {
  'paymentStatus:awaiting_payment': { showTotal: true, action: 'payOrder' },
  'paymentStatus:paid': { showTotal: true },
  'orderStatus:cancelled': {},
  'paymentStatus:refunded': { showTotal: true },
  'fulfillmentStatus:ready': {},
  'fulfillmentStatus:shipped': {},
  'fulfillmentStatus:completed': {},
} satisfies Record<string, { showTotal?: boolean; action?: 'payOrder' }>

export type OrderStatusEmailKey = keyof typeof ORDER_STATUS_EMAILS

/** The table's key for a change of `axis` to `to`, or null when that change sends no email. */
export function orderStatusEmailKey(axis: StatusAxis, to: string): OrderStatusEmailKey | null {
  const key = `${axis}:${to}`
  return Object.hasOwn(ORDER_STATUS_EMAILS, key) ? (key as OrderStatusEmailKey) : null
}

/**
 * Where the customer follows the order: the portal page once the order has
 * an account (by its public id: customer URLs are unguessable), else the
 * public quote page of the claim code they were sent.
 */
export function customerOrderUrl(order: Order) {
  if (order.customerId === null && order.claimCode) {
    return absoluteUrl(`/quote/${order.claimCode}`)
  }
  return absoluteUrl(`/portal/orders/${order.publicId}`)
}

/**
 * The order's number, and its total when given, as the rows of an order
 * email's details, in the email's language.
 */
export function orderDetails(
  { locale, t }: MailCopy,
  orderNumber: string,
  totalCents?: number
): MailDetail[] {
  const details = [{ label: t('orderStatus.number'), value: orderNumber }]
  if (totalCents !== undefined) {
    details.push({ label: t('orderStatus.total'), value: formatMoney(totalCents, locale) })
  }
  return details
}

/** One status email, to the customer in their language. */
export default class OrderStatusMail extends LocalizedMail {
  readonly orderNumber: string
  readonly url: string
  readonly totalCents: number

  constructor(
    readonly key: OrderStatusEmailKey,
    order: Order,
    recipient: { email: string; name: string; locale: MailLocale | null }
  ) {
    super({ to: { address: recipient.email, name: recipient.name }, locale: recipient.locale })
    this.orderNumber = order.orderNumber
    this.url = customerOrderUrl(order)
    this.totalCents = order.totalGrossCents
  }

  content() {
    const email: { showTotal?: boolean; action?: 'payOrder' } = ORDER_STATUS_EMAILS[this.key]
    const words = `orderStatus.${this.key.replace(':', '.')}`
    return this.translated((copy) => ({
      subject: copy.t(`${words}.subject`, { number: this.orderNumber }),
      greeting: copy.t('greeting'),
      paragraphs: copy.list(`${words}.paragraphs`),
      details: orderDetails(copy, this.orderNumber, email.showTotal ? this.totalCents : undefined),
      action: { label: copy.t(`orderStatus.${email.action ?? 'viewOrder'}`), url: this.url },
    }))
  }
}
