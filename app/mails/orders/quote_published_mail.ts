import { lineSpecSummary } from '#domain/catalog_fields'
import { formatMoney } from '#domain/money'
import { LocalizedMail } from '#mails/base/localized_mail'
import type { MailLocale } from '#mails/base/localized_mail'
import type Order from '#models/order'
import type OrderLine from '#models/order_line'

/**
 * "Your quote is ready": the link to the public quote page (/quote/:claimCode)
 * with the total and the validity date, to the email the customer gave staff
 * (SPEC §8, quote published), and what the quote holds: each line with its
 * specs in the reader's language. Sent when staff publish a quote.
 */
export default class QuotePublishedMail extends LocalizedMail {
  readonly orderNumber: string
  readonly claimCode: string
  readonly totalGrossCents: number
  /** YYYY-MM-DD, an Athens calendar day. */
  readonly validUntil: string

  constructor(
    order: Order,
    /** The quote's lines, in their order. */
    readonly lines: OrderLine[],
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
      itemsTitle: t('quotePublished.itemsTitle'),
      items: this.lines.map((line) => ({
        name: line.quantity > 1 ? `${line.quantity} × ${line.name}` : line.name,
        specs: lineSpecSummary(line, locale) || undefined,
      })),
      action: { label: t('quotePublished.action'), url: this.url },
      outro: list('quotePublished.outro'),
    }))
  }
}
