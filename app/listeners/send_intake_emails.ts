import mail from '@adonisjs/mail/services/main'
import { staffNotifyEmails } from '#config/mail'
import type IntakeRequested from '#events/intake_requested'
import IntakeReceivedMail from '#mails/site/intake_received_mail'
import IntakeNotifyMail from '#mails/staff/intake_notify_mail'

/** A /contact request: the confirmation to the requester, the notice to staff (if any address is set). */
export default class SendIntakeEmails {
  async handle({ request }: IntakeRequested) {
    await mail.sendLater(new IntakeReceivedMail(request))
    if (staffNotifyEmails.length > 0) {
      await mail.sendLater(new IntakeNotifyMail(request, staffNotifyEmails))
    }
  }
}
