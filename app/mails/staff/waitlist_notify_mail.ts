import { LocalizedMail } from '#mails/base/localized_mail'
import type WaitlistEntry from '#models/waitlist_entry'

/** A new waitlist address (SPEC §8), to every STAFF_NOTIFY_EMAILS address, in English. */
export default class WaitlistNotifyMail extends LocalizedMail {
  constructor(
    readonly entry: WaitlistEntry,
    recipients: string[]
  ) {
    super({ to: recipients, locale: 'en' })
  }

  content() {
    const entry = this.entry
    return this.translated(({ t, list }) => ({
      subject: t('waitlistNotify.subject', { email: entry.email }),
      paragraphs: list('waitlistNotify.paragraphs'),
      details: [
        { label: t('waitlistNotify.email'), value: entry.email },
        { label: t('waitlistNotify.name'), value: entry.name ?? '—' },
        { label: t('waitlistNotify.language'), value: entry.locale },
      ],
    }))
  }
}
