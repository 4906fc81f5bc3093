import mail from '@adonisjs/mail/services/main'
import type QuotePublished from '#events/quote_published'
import QuotePublishedMail from '#mails/orders/quote_published_mail'
import User from '#models/user'
import { absoluteUrl } from '#services/customer_account_service'
import { quotePath } from '#services/publish_quote_service'

/**
 * Emails the quote link to the intake address once a quote is published, in
 * the customer's language: the linked account's choice when the order already
 * has a customer, the language taken at intake otherwise.
 */
export default class SendQuoteEmail {
  async handle({ order }: QuotePublished) {
    // Looked up on its own: the event's order belongs to a committed transaction.
    const customer = order.customerId ? await User.find(order.customerId) : null
    const url = absoluteUrl(quotePath(order.claimCode!))
    await mail.sendLater(new QuotePublishedMail(order, url, customer?.locale ?? order.intakeLocale))
  }
}
