import { formatMoney } from '#domain/money'
import { LocalizedMail } from '#mails/base/localized_mail'
import type { MailLocale } from '#mails/base/localized_mail'
import type Order from '#models/order'

/**
 * "Your quote is ready": the link to the public quote page (/quote/:claimCode)
 * with the total and the validity date, to the email the customer gave staff
 * (SPEC §8, quote published). Sent when staff publish a quote.
 */
export default class QuotePublishedMail extends LocalizedMail {
  readonly orderNumber: string
  readonly claimCode: string
  readonly totalGrossCents: number
  /** YYYY-MM-DD, an Athens calendar day. */
  readonly validUntil: string

  constructor(
    order: Order,
    readonly url: string,
    locale: MailLocale
  ) {
    super({ to: { address: order.intakeEmail, name: order.intakeName }, locale })
    this.orderNumber = order.orderNumber
    this.claimCode = order.claimCode!
    this.totalGrossCents = order.totalGrossCents
    this.validUntil = order.quoteValidUntil!.toISODate()!
  }

  content() {
    // A calendar day: written out from its digits, no time zone can move it.
    const [year, month, day] = this.validUntil.split('-')
    return this.translated(({ locale, t, list }) => ({
      subject: t('quotePublished.subject', { number: this.orderNumber }),
      greeting: t('greeting'),
      paragraphs: list('quotePublished.paragraphs'),
      detailsTitle: t('quotePublished.detailsTitle'),
      details: [
        { label: t('quotePublished.number'), value: this.orderNumber },
        { label: t('quotePublished.total'), value: formatMoney(this.totalGrossCents, locale) },
        { label: t('quotePublished.validUntil'), value: `${day}/${month}/${year}` },
        { label: t('quotePublished.claimCode'), value: this.claimCode },
      ],
      action: { label: t('quotePublished.action'), url: this.url },
      outro: list('quotePublished.outro'),
    }))
  }
}
