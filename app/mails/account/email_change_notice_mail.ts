import { LocalizedMail } from '#mails/base/localized_mail'
import type User from '#models/user'

/**
 * Tells the CURRENT address that a change of the account's email to another
 * address was requested, so that its owner can react if it was not them.
 */
export default class EmailChangeNoticeMail extends LocalizedMail {
  constructor(
    user: User,
    readonly newEmail: string,
    readonly resetUrl: string
  ) {
    super({ to: { address: user.email, name: user.fullName }, locale: user.locale })
  }

  content() {
    return this.translated(({ t, list }) => ({
      subject: t('emailChangeNotice.subject'),
      greeting: t('greeting'),
      paragraphs: list('emailChangeNotice.paragraphs', { email: this.newEmail }),
      action: { label: t('emailChangeNotice.action'), url: this.resetUrl },
      outro: list('emailChangeNotice.outro'),
    }))
  }
}
