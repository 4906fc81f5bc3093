import { LocalizedMail } from '#mails/base/localized_mail'
import type Order from '#models/order'
import type User from '#models/user'
import { absoluteUrl } from '#services/customer_account_service'
import { orderDetails } from '#mails/orders/order_status_mail'

/**
 * "Quote accepted" (SPEC §8): to every STAFF_NOTIFY_EMAILS address, in
 * English like the back office, with the link to the staff order page.
 */
export default class QuoteAcceptedMail extends LocalizedMail {
  readonly orderNumber: string
  readonly customerName: string
  readonly customerEmail: string
  readonly totalGrossCents: number
  readonly url: string

  constructor(order: Order, customer: User, recipients: string[]) {
    super({ to: recipients, locale: 'en' })
    this.orderNumber = order.orderNumber
    this.customerName = customer.fullName
    this.customerEmail = customer.email
    this.totalGrossCents = order.totalGrossCents
    this.url = absoluteUrl(`/staff/orders/${order.id}`)
  }

  content() {
    return this.translated((copy) => ({
      subject: copy.t('quoteAccepted.subject', { number: this.orderNumber }),
      greeting: copy.t('quoteAccepted.greeting'),
      paragraphs: copy.list('quoteAccepted.paragraphs'),
      details: [
        ...orderDetails(copy, this.orderNumber, this.totalGrossCents),
        {
          label: copy.t('quoteAccepted.customer'),
          value: `${this.customerName} <${this.customerEmail}>`,
        },
      ],
      action: { label: copy.t('quoteAccepted.action'), url: this.url },
    }))
  }
}
