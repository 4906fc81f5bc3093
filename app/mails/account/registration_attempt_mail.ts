import { LocalizedMail } from '#mails/base/localized_mail'
import type User from '#models/user'

/**
 * Sent to the owner of an address when someone tries to register it again.
 * The registration form answers the same either way, so that it never
 * reveals which addresses have an account; the owner learns it here.
 */
export default class RegistrationAttemptMail extends LocalizedMail {
  constructor(
    user: User,
    readonly loginUrl: string,
    readonly resetUrl: string
  ) {
    super({ to: { address: user.email, name: user.fullName }, locale: user.locale })
  }

  content() {
    return this.translated(({ t, list }) => ({
      subject: t('registrationAttempt.subject'),
      greeting: t('greeting'),
      paragraphs: list('registrationAttempt.paragraphs', { loginUrl: this.loginUrl }),
      action: { label: t('registrationAttempt.action'), url: this.resetUrl },
      outro: list('registrationAttempt.outro'),
    }))
  }
}
