import { formatMoney } from '#domain/money'
import { LocalizedMail } from '#mails/base/localized_mail'
import type Order from '#models/order'
import type User from '#models/user'
import { absoluteUrl } from '#services/customer_account_service'

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
    return this.translated(({ locale, t, list }) => ({
      subject: t('quoteAccepted.subject', { number: this.orderNumber }),
      greeting: t('quoteAccepted.greeting'),
      paragraphs: list('quoteAccepted.paragraphs'),
      details: [
        { label: t('orderStatus.number'), value: this.orderNumber },
        {
          label: t('quoteAccepted.customer'),
          value: `${this.customerName} <${this.customerEmail}>`,
        },
        { label: t('orderStatus.total'), value: formatMoney(this.totalGrossCents, locale) },
      ],
      action: { label: t('quoteAccepted.action'), url: this.url },
    }))
  }
}
