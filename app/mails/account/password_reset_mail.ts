import { LocalizedMail } from '#mails/base/localized_mail'
import type User from '#models/user'

/**
 * "Set a new password": the link of /forgot-password, single-use, short-lived.
 */
export default class PasswordResetMail extends LocalizedMail {
  constructor(
    user: User,
    readonly url: string,
    readonly lifetimeHours: number
  ) {
    super({ to: { address: user.email, name: user.fullName }, locale: user.locale })
  }

  content() {
    return this.translated(({ t, list }) => ({
      subject: t('passwordReset.subject'),
      greeting: t('greeting'),
      paragraphs: list('passwordReset.paragraphs'),
      action: { label: t('passwordReset.action'), url: this.url },
      outro: [t('linkLifetime', { hours: this.lifetimeHours }), t('passwordReset.ignore')],
    }))
  }
}
