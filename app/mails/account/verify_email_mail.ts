import { LocalizedMail } from '#mails/base/localized_mail'
import type User from '#models/user'

/**
 * "Confirm your email address": sent after registration and on request
 * (portal banner, login page). The link is single-use and expires.
 */
export default class VerifyEmailMail extends LocalizedMail {
  constructor(
    user: User,
    readonly url: string,
    readonly lifetimeHours: number
  ) {
    super({ to: { address: user.email, name: user.fullName }, locale: user.locale })
  }

  content() {
    return this.translated(({ t, list }) => ({
      subject: t('verifyEmail.subject'),
      greeting: t('greeting'),
      paragraphs: list('verifyEmail.paragraphs'),
      action: { label: t('verifyEmail.action'), url: this.url },
      outro: [t('linkLifetime', { hours: this.lifetimeHours }), t('verifyEmail.ignore')],
    }))
  }
}
