import { LocalizedMail } from '#mails/base/localized_mail'
import type WaitlistEntry from '#models/waitlist_entry'

/** "You are on the waitlist" (SPEC §8, waitlist joined), in the visitor's language. */
export default class WaitlistJoinedMail extends LocalizedMail {
  constructor(entry: WaitlistEntry) {
    super({ to: { address: entry.email, name: entry.name }, locale: entry.locale })
  }

  content() {
    return this.translated(({ t, list }) => ({
      subject: t('waitlistJoined.subject'),
      greeting: t('greeting'),
      paragraphs: list('waitlistJoined.paragraphs'),
    }))
  }
}
