import mail from '@adonisjs/mail/services/main'
import type QuotePublished from '#events/quote_published'
import QuotePublishedMail from '#mails/orders/quote_published_mail'
import OrderLine from '#models/order_line'
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
    const lines = await OrderLine.query().where('orderId', order.id).orderBy('position')
    const url = absoluteUrl(quotePath(order.claimCode!))
    const locale = customer?.locale ?? order.intakeLocale
    await mail.sendLater(new QuotePublishedMail(order, lines, url, locale))
  }
}
