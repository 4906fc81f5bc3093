import { LocalizedMail } from '#mails/base/localized_mail'
import type { Localized, MailContent } from '#mails/base/localized_mail'
import type User from '#models/user'

/**
 * Tells the CURRENT address that a change of the account's email to another
 * address was requested, so that its owner can react if it was not them.
 */
export default class EmailChangeNoticeMail extends LocalizedMail {
  readonly firstName: string

  constructor(
    user: User,
    readonly newEmail: string,
    readonly resetUrl: string
  ) {
    super({ to: { address: user.email, name: user.fullName }, locale: user.locale })
    this.firstName = user.firstName
  }

  content(): Localized<MailContent> {
    return {
      el: {
        subject: 'Ζητήθηκε αλλαγή του email σας',
        greeting: `Γεια σας ${this.firstName},`,
        paragraphs: [
          `Ζητήθηκε να αλλάξει η διεύθυνση email του λογαριασμού σας στην PCMR σε ${this.newEmail}. Η αλλαγή ολοκληρώνεται μόνο όταν επιβεβαιωθεί από τη νέα διεύθυνση.`,
          'Αν το ζητήσατε εσείς, δεν χρειάζεται να κάνετε τίποτα άλλο.',
        ],
        action: { label: 'Δεν ήμουν εγώ: αλλαγή κωδικού', url: this.resetUrl },
        outro: [
          'Αν δεν το ζητήσατε εσείς, αλλάξτε αμέσως τον κωδικό σας και επικοινωνήστε μαζί μας.',
        ],
      },
      en: {
        subject: 'A change of your email address was requested',
        greeting: `Hello ${this.firstName},`,
        paragraphs: [
          `Someone asked to change the email address of your PCMR account to ${this.newEmail}. The change only happens once it is confirmed from the new address.`,
          'If it was you, there is nothing else to do.',
        ],
        action: { label: 'It was not me: change my password', url: this.resetUrl },
        outro: ['If it was not you, change your password right away and contact us.'],
      },
    }
  }
}
