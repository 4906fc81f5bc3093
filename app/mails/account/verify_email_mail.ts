import { LocalizedMail } from '#mails/base/localized_mail'
import type { Localized, MailContent } from '#mails/base/localized_mail'
import type User from '#models/user'

/**
 * "Confirm your email address": sent after registration and on request
 * (portal banner, login page). The link is single-use and expires.
 */
export default class VerifyEmailMail extends LocalizedMail {
  readonly firstName: string

  constructor(
    user: User,
    readonly url: string,
    readonly lifetimeHours: number
  ) {
    super({ to: { address: user.email, name: user.fullName }, locale: user.locale })
    this.firstName = user.firstName
  }

  content(): Localized<MailContent> {
    return {
      el: {
        subject: 'Επιβεβαιώστε το email σας',
        greeting: `Γεια σας ${this.firstName},`,
        paragraphs: [
          'Ευχαριστούμε που δημιουργήσατε λογαριασμό στην PCMR. Πατήστε το κουμπί για να επιβεβαιώσετε τη διεύθυνση email σας.',
        ],
        action: { label: 'Επιβεβαίωση email', url: this.url },
        outro: [
          `Ο σύνδεσμος λήγει σε ${this.lifetimeHours} ώρες και χρησιμοποιείται μία φορά.`,
          'Αν δεν δημιουργήσατε εσείς λογαριασμό, αγνοήστε αυτό το μήνυμα.',
        ],
      },
      en: {
        subject: 'Confirm your email address',
        greeting: `Hello ${this.firstName},`,
        paragraphs: [
          'Thank you for creating a PCMR account. Press the button to confirm your email address.',
        ],
        action: { label: 'Confirm email', url: this.url },
        outro: [
          `The link expires in ${this.lifetimeHours} hours and works once.`,
          'If you did not create an account, ignore this message.',
        ],
      },
    }
  }
}
