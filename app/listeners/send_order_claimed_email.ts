import mail from '@adonisjs/mail/services/main'
import type QuoteClaimed from '#events/quote_claimed'
import OrderClaimedMail from '#mails/orders/order_claimed_mail'

/** "Order claimed" (SPEC §8) to the customer who claimed the quote, in their language. */
export default class SendOrderClaimedEmail {
  async handle({ order, customer }: QuoteClaimed) {
    await mail.sendLater(new OrderClaimedMail(order, customer))
  }
}
