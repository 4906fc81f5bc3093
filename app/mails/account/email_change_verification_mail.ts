import { LocalizedMail } from '#mails/base/localized_mail'
import type { Localized, MailContent } from '#mails/base/localized_mail'
import type User from '#models/user'

/**
 * Sent to the NEW address of an email change: the change takes effect when
 * this link is opened.
 */
export default class EmailChangeVerificationMail extends LocalizedMail {
  readonly firstName: string

  constructor(
    user: User,
    readonly newEmail: string,
    readonly url: string,
    readonly lifetimeHours: number
  ) {
    super({ to: { address: newEmail, name: user.fullName }, locale: user.locale })
    this.firstName = user.firstName
  }

  content(): Localized<MailContent> {
    return {
      el: {
        subject: 'Επιβεβαιώστε τη νέα σας διεύθυνση email',
        greeting: `Γεια σας ${this.firstName},`,
        paragraphs: [
          `Ζητήσατε να γίνει η ${this.newEmail} η διεύθυνση email του λογαριασμού σας στην PCMR. Πατήστε το κουμπί για να ολοκληρώσετε την αλλαγή.`,
        ],
        action: { label: 'Επιβεβαίωση νέου email', url: this.url },
        outro: [
          `Ο σύνδεσμος λήγει σε ${this.lifetimeHours} ώρες και χρησιμοποιείται μία φορά.`,
          'Αν δεν το ζητήσατε εσείς, αγνοήστε αυτό το μήνυμα: τίποτα δεν αλλάζει.',
        ],
      },
      en: {
        subject: 'Confirm your new email address',
        greeting: `Hello ${this.firstName},`,
        paragraphs: [
          `You asked to make ${this.newEmail} the email address of your PCMR account. Press the button to complete the change.`,
        ],
        action: { label: 'Confirm new email', url: this.url },
        outro: [
          `The link expires in ${this.lifetimeHours} hours and works once.`,
          'If you did not ask for this, ignore this message: nothing changes.',
        ],
      },
    }
  }
}
