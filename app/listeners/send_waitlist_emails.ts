import mail from '@adonisjs/mail/services/main'
import { staffNotifyEmails } from '#config/mail'
import type WaitlistJoined from '#events/waitlist_joined'
import WaitlistJoinedMail from '#mails/site/waitlist_joined_mail'
import WaitlistNotifyMail from '#mails/staff/waitlist_notify_mail'

/** Waitlist joined (SPEC §8): to the requester and the notify address(es). */
export default class SendWaitlistEmails {
  async handle({ entry }: WaitlistJoined) {
    await mail.sendLater(new WaitlistJoinedMail(entry))
    if (staffNotifyEmails.length > 0) {
      await mail.sendLater(new WaitlistNotifyMail(entry, staffNotifyEmails))
    }
  }
}
