import { LocalizedMail } from '#mails/base/localized_mail'
import type { Localized, MailContent } from '#mails/base/localized_mail'
import type User from '#models/user'

/**
 * "Set a new password": the link of /forgot-password, single-use, short-lived.
 */
export default class PasswordResetMail extends LocalizedMail {
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
    const hours = this.lifetimeHours
    return {
      el: {
        subject: 'Ορισμός νέου κωδικού',
        greeting: `Γεια σας ${this.firstName},`,
        paragraphs: [
          'Κάποιος ζήτησε νέο κωδικό για τον λογαριασμό σας στην PCMR. Αν ήσασταν εσείς, πατήστε το κουμπί για να ορίσετε νέο κωδικό.',
        ],
        action: { label: 'Ορισμός νέου κωδικού', url: this.url },
        outro: [
          hours === 1
            ? 'Ο σύνδεσμος λήγει σε 1 ώρα και χρησιμοποιείται μία φορά.'
            : `Ο σύνδεσμος λήγει σε ${hours} ώρες και χρησιμοποιείται μία φορά.`,
          'Αν δεν το ζητήσατε εσείς, αγνοήστε αυτό το μήνυμα: ο κωδικός σας δεν αλλάζει.',
        ],
      },
      en: {
        subject: 'Set a new password',
        greeting: `Hello ${this.firstName},`,
        paragraphs: [
          'Someone asked for a new password for your PCMR account. If it was you, press the button to set a new password.',
        ],
        action: { label: 'Set a new password', url: this.url },
        outro: [
          hours === 1
            ? 'The link expires in 1 hour and works once.'
            : `The link expires in ${hours} hours and works once.`,
          'If you did not ask for it, ignore this message: your password stays the same.',
        ],
      },
    }
  }
}
