import { SingleUseLinkMail } from '#mails/base/single_use_link_mail'
import type User from '#models/user'

/**
 * Sent to the NEW address of an email change: the change takes effect when
 * this link is opened.
 */
export default class EmailChangeVerificationMail extends SingleUseLinkMail {
  protected readonly words = 'emailChangeVerification'

  constructor(
    user: User,
    readonly newEmail: string,
    url: string,
    lifetimeHours: number
  ) {
    super(user, url, lifetimeHours, newEmail)
  }

  protected paragraphValues() {
    return { email: this.newEmail }
  }
}
