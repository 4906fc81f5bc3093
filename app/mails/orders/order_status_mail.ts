/*
| The customer emails of status changes (SPEC §8): payment requested,
| cancelled, refunded, fulfilment ready / shipped / completed. The messages
| differ only in their words, so one class renders them all from one table,
| keyed by the (axis, new status) of the history row. A change not in the
| table sends nothing: the other emails of §8 (quote published, paid,
| claimed, build started) belong to the flows that cause them.
*/
import { formatMoney } from '#domain/money'
import type { StatusAxis } from '#domain/statuses'
import { LocalizedMail } from '#mails/base/localized_mail'
import type { Localized, MailContent, MailLocale } from '#mails/base/localized_mail'
import type Order from '#models/order'
import { absoluteUrl } from '#services/customer_account_service'

type Copy = {
  subject: (orderNumber: string) => string
  paragraphs: string[]
  action: string
  /** Shows the order total (what is due, what was refunded). */
  showTotal?: boolean
}

export const ORDER_STATUS_EMAILS = {
  'paymentStatus:awaiting_payment': {
    el: {
      subject: (number) => `Η παραγγελία ${number} περιμένει την πληρωμή σας`,
      paragraphs: [
        'Η παραγγελία σας επιβεβαιώθηκε. Μπορείτε να την πληρώσετε με ασφάλεια μέσω Viva από τη σελίδα της παραγγελίας.',
        'Μόλις λάβουμε την πληρωμή, παραγγέλνουμε τα εξαρτήματα και ξεκινάμε τη συναρμολόγηση.',
      ],
      action: 'Πληρωμή παραγγελίας',
      showTotal: true,
    },
    en: {
      subject: (number) => `Order ${number} is awaiting your payment`,
      paragraphs: [
        'Your order is confirmed. You can pay for it securely through Viva from the order page.',
        'As soon as we receive the payment, we order the parts and start the build.',
      ],
      action: 'Pay for your order',
      showTotal: true,
    },
  },
  'orderStatus:cancelled': {
    el: {
      subject: (number) => `Η παραγγελία ${number} ακυρώθηκε`,
      paragraphs: [
        'Η παραγγελία σας ακυρώθηκε. Αν δεν το περιμένατε ή έχετε απορίες, επικοινωνήστε μαζί μας.',
      ],
      action: 'Προβολή παραγγελίας',
    },
    en: {
      subject: (number) => `Order ${number} has been cancelled`,
      paragraphs: [
        'Your order has been cancelled. If you did not expect this or have questions, please contact us.',
      ],
      action: 'View your order',
    },
  },
  'paymentStatus:refunded': {
    el: {
      subject: (number) => `Επιστροφή χρημάτων για την παραγγελία ${number}`,
      paragraphs: [
        'Σας επιστρέψαμε την πληρωμή της παραγγελίας σας, στον τρόπο πληρωμής που χρησιμοποιήσατε.',
        'Ανάλογα με την τράπεζά σας, το ποσό μπορεί να χρειαστεί λίγες εργάσιμες ημέρες για να εμφανιστεί.',
      ],
      action: 'Προβολή παραγγελίας',
      showTotal: true,
    },
    en: {
      subject: (number) => `Refund for order ${number}`,
      paragraphs: [
        'We have refunded the payment of your order to the payment method you used.',
        'Depending on your bank, the amount may take a few working days to appear.',
      ],
      action: 'View your order',
      showTotal: true,
    },
  },
  'fulfillmentStatus:ready': {
    el: {
      subject: (number) => `Ο υπολογιστής σας είναι έτοιμος (${number})`,
      paragraphs: [
        'Ο υπολογιστής σας συναρμολογήθηκε και πέρασε όλους τους ελέγχους ποιότητας.',
        'Θα σας ενημερώσουμε μόλις σταλεί ή όταν μπορείτε να τον παραλάβετε.',
      ],
      action: 'Προβολή παραγγελίας',
    },
    en: {
      subject: (number) => `Your PC is ready (${number})`,
      paragraphs: [
        'Your PC has been built and has passed every quality check.',
        'We will let you know as soon as it ships or when you can pick it up.',
      ],
      action: 'View your order',
    },
  },
  'fulfillmentStatus:shipped': {
    el: {
      subject: (number) => `Η παραγγελία ${number} στάλθηκε`,
      paragraphs: ['Ο υπολογιστής σας συσκευάστηκε προσεκτικά και είναι καθ’ οδόν προς εσάς.'],
      action: 'Προβολή παραγγελίας',
    },
    en: {
      subject: (number) => `Order ${number} has shipped`,
      paragraphs: ['Your PC has been carefully packed and is on its way to you.'],
      action: 'View your order',
    },
  },
  'fulfillmentStatus:completed': {
    el: {
      subject: (number) => `Η παραγγελία ${number} παραδόθηκε`,
      paragraphs: [
        'Η παραγγελία σας ολοκληρώθηκε. Ευχαριστούμε που μας εμπιστευτήκατε!',
        'Τα εγχειρίδια, το τιμολόγιο και η εγγύησή σας βρίσκονται στη σελίδα της παραγγελίας.',
      ],
      action: 'Προβολή παραγγελίας',
    },
    en: {
      subject: (number) => `Order ${number} has been delivered`,
      paragraphs: [
        'Your order is complete. Thank you for trusting us!',
        'Your booklets, invoice and warranty are on the order page.',
      ],
      action: 'View your order',
    },
  },
} satisfies Record<string, Localized<Copy>>

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

/** One status email, to the customer in their language. */
export default class OrderStatusMail extends LocalizedMail {
  readonly orderNumber: string
  readonly url: string
  readonly totalCents: number
  readonly greetingName: string

  constructor(
    readonly key: OrderStatusEmailKey,
    order: Order,
    recipient: { email: string; name: string; locale: MailLocale | null }
  ) {
    super({ to: { address: recipient.email, name: recipient.name }, locale: recipient.locale })
    this.orderNumber = order.orderNumber
    this.url = customerOrderUrl(order)
    this.totalCents = order.totalGrossCents
    this.greetingName = recipient.name
  }

  content(): Localized<MailContent> {
    const copy: Localized<Copy> = ORDER_STATUS_EMAILS[this.key]
    const render = (
      locale: MailLocale,
      labels: { greeting: string; number: string; total: string }
    ) => {
      const words = copy[locale]
      const details = [{ label: labels.number, value: this.orderNumber }]
      if (words.showTotal) {
        details.push({ label: labels.total, value: formatMoney(this.totalCents, locale) })
      }
      return {
        subject: words.subject(this.orderNumber),
        greeting: `${labels.greeting} ${this.greetingName},`,
        paragraphs: words.paragraphs,
        details,
        action: { label: words.action, url: this.url },
      }
    }
    return {
      el: render('el', { greeting: 'Γεια σας', number: 'Αριθμός παραγγελίας', total: 'Σύνολο' }),
      en: render('en', { greeting: 'Hello', number: 'Order number', total: 'Total' }),
    }
  }
}
