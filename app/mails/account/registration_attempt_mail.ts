import { AccountActionMail } from '#mails/base/account_action_mail'
import type User from '#models/user'

/**
 * Sent to the owner of an address when someone tries to register it again.
 * The registration form answers the same either way, so that it never
 * reveals which addresses have an account; the owner learns it here (the
 * button sets a new password).
 */
export default class RegistrationAttemptMail extends AccountActionMail {
  protected readonly words = 'registrationAttempt'

  constructor(
    user: User,
    readonly loginUrl: string,
    resetUrl: string
  ) {
    super(user, resetUrl)
  }

  protected paragraphValues() {
    return { loginUrl: this.loginUrl }
  }
}
