import mail from '@adonisjs/mail/services/main'
import { staffNotifyEmails } from '#config/mail'
import type QuoteAccepted from '#events/quote_accepted'
import QuoteAcceptedMail from '#mails/staff/quote_accepted_mail'

/** "Quote accepted" (SPEC §8) to every STAFF_NOTIFY_EMAILS address; nothing when none is set. */
export default class NotifyStaffOfAcceptedQuote {
  async handle({ order, customer }: QuoteAccepted) {
    if (staffNotifyEmails.length === 0) return
    await mail.sendLater(new QuoteAcceptedMail(order, customer, staffNotifyEmails))
  }
}
