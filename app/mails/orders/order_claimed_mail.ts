import { LocalizedMail } from '#mails/base/localized_mail'
import type Order from '#models/order'
import type User from '#models/user'
import { customerOrderUrl, orderDetails } from '#mails/orders/order_status_mail'

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
    return this.translated((copy) => ({
      subject: copy.t('orderClaimed.subject', { number: this.orderNumber }),
      greeting: copy.t('greeting'),
      paragraphs: copy.list('orderClaimed.paragraphs'),
      details: orderDetails(copy, this.orderNumber, this.totalGrossCents),
      action: { label: copy.t('orderClaimed.action'), url: this.url },
    }))
  }
}
