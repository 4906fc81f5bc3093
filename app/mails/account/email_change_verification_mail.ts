import { LocalizedMail } from '#mails/base/localized_mail'
import type User from '#models/user'

/**
 * Sent to the NEW address of an email change: the change takes effect when
 * this link is opened.
 */
export default class EmailChangeVerificationMail extends LocalizedMail {
  constructor(
    user: User,
    readonly newEmail: string,
    readonly url: string,
    readonly lifetimeHours: number
  ) {
    super({ to: { address: newEmail, name: user.fullName }, locale: user.locale })
  }

  content() {
    return this.translated(({ t, list }) => ({
      subject: t('emailChangeVerification.subject'),
      greeting: t('greeting'),
      paragraphs: list('emailChangeVerification.paragraphs', { email: this.newEmail }),
      action: { label: t('emailChangeVerification.action'), url: this.url },
      outro: [
        t('linkLifetime', { hours: this.lifetimeHours }),
        t('emailChangeVerification.ignore'),
      ],
    }))
  }
}
