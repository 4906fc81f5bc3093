import { formatMoney } from '#domain/money'
import { LocalizedMail } from '#mails/base/localized_mail'
import type Order from '#models/order'
import type User from '#models/user'
import { customerOrderUrl } from '#mails/orders/order_status_mail'

/**
 * "The quote is now in your account" (SPEC §8, order claimed): to the
 * customer who claimed it, in their language, with the way to accept it.
 */
export default class OrderClaimedMail extends LocalizedMail {
  readonly orderNumber: string
  readonly totalGrossCents: number
  readonly url: string

  constructor(order: Order, customer: User) {
    super({ to: { address: customer.email, name: customer.fullName }, locale: customer.locale })
    this.orderNumber = order.orderNumber
    this.totalGrossCents = order.totalGrossCents
    this.url = customerOrderUrl(order)
  }

  content() {
    return this.translated(({ locale, t, list }) => ({
      subject: t('orderClaimed.subject', { number: this.orderNumber }),
      greeting: t('greeting'),
      paragraphs: list('orderClaimed.paragraphs'),
      details: [
        { label: t('orderStatus.number'), value: this.orderNumber },
        { label: t('orderStatus.total'), value: formatMoney(this.totalGrossCents, locale) },
      ],
      action: { label: t('orderClaimed.action'), url: this.url },
    }))
  }
}
