import { LocalizedMail } from '#mails/base/localized_mail'
import { TOKEN_LIFETIMES } from '#services/user_token_service'
import type User from '#models/user'

/**
 * First staff login, step 2: the link that confirms the staff member's address
 * (/staff/first-login/verify-email/:token). In the member's language.
 */
export default class StaffVerifyEmailMail extends LocalizedMail {
  constructor(
    private user: User,
    private url: string
  ) {
    super({ to: { address: user.email, name: user.fullName }, locale: user.locale })
  }

  content() {
    const hours = TOKEN_LIFETIMES.email_verification.hours
    return {
      el: {
        subject: 'Επιβεβαιώστε το email του λογαριασμού σας στην ομάδα PCMR',
        heading: 'Επιβεβαίωση email',
        greeting: `Γεια σας ${this.user.firstName},`,
        paragraphs: [
          'Ολοκληρώνετε την πρώτη σύνδεση στο back office της PCMR. Πατήστε το κουμπί για να επιβεβαιώσετε ότι αυτή η διεύθυνση είναι δική σας.',
        ],
        action: { label: 'Επιβεβαίωση email', url: this.url },
        outro: [
          `Ο σύνδεσμος λήγει σε ${hours} ώρες και ισχύει μία φορά. Ανοίξτε τον στον ίδιο browser όπου συνδεθήκατε.`,
          'Αν δεν ξεκινήσατε εσείς αυτή τη σύνδεση, ενημερώστε αμέσως τον υπεύθυνο του καταστήματος.',
        ],
      },
      en: {
        subject: 'Confirm the email of your PCMR staff account',
        heading: 'Confirm your email',
        greeting: `Hello ${this.user.firstName},`,
        paragraphs: [
          'You are completing your first sign-in to the PCMR back office. Press the button to confirm that this address is yours.',
        ],
        action: { label: 'Confirm email', url: this.url },
        outro: [
          `The link expires in ${hours} hours and works once. Open it in the browser you signed in with.`,
          'If you did not start this sign-in, tell the shop owner right away.',
        ],
      },
    }
  }
}
