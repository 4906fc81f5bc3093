import { AccountActionMail } from '#mails/base/account_action_mail'
import type User from '#models/user'

/**
 * Tells the CURRENT address that a change of the account's email to another
 * address was requested, so that its owner can react if it was not them (the
 * button sets a new password).
 */
export default class EmailChangeNoticeMail extends AccountActionMail {
  protected readonly words = 'emailChangeNotice'

  constructor(
    user: User,
    readonly newEmail: string,
    resetUrl: string
  ) {
    super(user, resetUrl)
  }

  protected paragraphValues() {
    return { email: this.newEmail }
  }
}
