import { LocalizedMail } from '#mails/base/localized_mail'
import type { Localized, MailContent } from '#mails/base/localized_mail'
import type User from '#models/user'

/**
 * Sent to the owner of an address when someone tries to register it again.
 * The registration form answers the same either way, so that it never
 * reveals which addresses have an account; the owner learns it here.
 */
export default class RegistrationAttemptMail extends LocalizedMail {
  readonly firstName: string

  constructor(
    user: User,
    readonly loginUrl: string,
    readonly resetUrl: string
  ) {
    super({ to: { address: user.email, name: user.fullName }, locale: user.locale })
    this.firstName = user.firstName
  }

  content(): Localized<MailContent> {
    return {
      el: {
        subject: 'Προσπάθεια εγγραφής με το email σας',
        greeting: `Γεια σας ${this.firstName},`,
        paragraphs: [
          'Κάποιος προσπάθησε να δημιουργήσει νέο λογαριασμό στην PCMR με αυτή τη διεύθυνση email. Έχετε ήδη λογαριασμό, οπότε δεν δημιουργήθηκε νέος.',
          `Αν ήσασταν εσείς, συνδεθείτε στο ${this.loginUrl}. Αν ξεχάσατε τον κωδικό σας, ορίστε νέο με το κουμπί.`,
        ],
        action: { label: 'Ορισμός νέου κωδικού', url: this.resetUrl },
        outro: ['Αν δεν ήσασταν εσείς, αγνοήστε αυτό το μήνυμα: ο λογαριασμός σας δεν άλλαξε.'],
      },
      en: {
        subject: 'Someone tried to register with your email',
        greeting: `Hello ${this.firstName},`,
        paragraphs: [
          'Someone tried to create a new PCMR account with this email address. You already have an account, so no new one was created.',
          `If it was you, sign in at ${this.loginUrl}. If you forgot your password, set a new one with the button.`,
        ],
        action: { label: 'Set a new password', url: this.resetUrl },
        outro: ['If it was not you, ignore this message: your account has not changed.'],
      },
    }
  }
}
