import { formatMoney } from '#domain/money'
import { LocalizedMail } from '#mails/base/localized_mail'
import type { Localized, MailContent, MailLocale } from '#mails/base/localized_mail'
import type Order from '#models/order'

/**
 * "Your quote is ready": the link to the public quote page (/quote/:claimCode)
 * with the total and the validity date, to the email the customer gave staff
 * (SPEC §8, quote published). Sent when staff publish a quote.
 */
export default class QuotePublishedMail extends LocalizedMail {
  readonly orderNumber: string
  readonly name: string
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
    this.name = order.intakeName
    this.claimCode = order.claimCode!
    this.totalGrossCents = order.totalGrossCents
    this.validUntil = order.quoteValidUntil!.toISODate()!
  }

  content(): Localized<MailContent> {
    // A calendar day: written out from its digits, no time zone can move it.
    const [year, month, day] = this.validUntil.split('-')
    const action = (label: string) => ({ label, url: this.url })
    return {
      el: {
        subject: `Η προσφορά σας ${this.orderNumber} είναι έτοιμη`,
        greeting: `Γεια σας ${this.name},`,
        paragraphs: [
          'Ετοιμάσαμε την προσφορά για το PC σας. Στη σελίδα της θα δείτε κάθε εξάρτημα και υπηρεσία, την ανάλυση ΦΠΑ και το σύνολο.',
        ],
        detailsTitle: 'Η προσφορά',
        details: [
          { label: 'Αριθμός', value: this.orderNumber },
          { label: 'Σύνολο (με ΦΠΑ)', value: formatMoney(this.totalGrossCents, 'el') },
          { label: 'Ισχύει έως', value: `${day}/${month}/${year}` },
          { label: 'Κωδικός προσφοράς', value: this.claimCode },
        ],
        action: action('Δείτε την προσφορά'),
        outro: [
          'Για να την αποδεχτείτε, συνδεθείτε ή δημιουργήστε λογαριασμό από τη σελίδα της προσφοράς.',
          'Αν λήξει πριν αποφασίσετε, απαντήστε σε αυτό το μήνυμα και θα την ανανεώσουμε.',
        ],
      },
      en: {
        subject: `Your quote ${this.orderNumber} is ready`,
        greeting: `Hello ${this.name},`,
        paragraphs: [
          'We have prepared the quote for your PC. Its page lists every part and service, the VAT breakdown and the total.',
        ],
        detailsTitle: 'The quote',
        details: [
          { label: 'Number', value: this.orderNumber },
          { label: 'Total (VAT included)', value: formatMoney(this.totalGrossCents, 'en') },
          { label: 'Valid until', value: `${day}/${month}/${year}` },
          { label: 'Quote code', value: this.claimCode },
        ],
        action: action('View the quote'),
        outro: [
          'To accept it, sign in or create an account from the quote page.',
          'If it expires before you decide, reply to this message and we will renew it.',
        ],
      },
    }
  }
}
