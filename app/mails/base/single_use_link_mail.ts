import { LocalizedMail } from '#mails/base/localized_mail'
import type User from '#models/user'

/**
 * An account email whose point is one single-use link that expires (confirm
 * the address, set a new password), to the account's own address. Its words
 * are the `subject`, `paragraphs`, `action` and `ignore` under `words` in
 * resources/lang/<locale>/emails.json, with the shared `linkLifetime` line.
 */
export abstract class SingleUseLinkMail extends LocalizedMail {
  /** The key of the email's words in emails.json. */
  protected abstract readonly words: string

  constructor(
    user: User,
    readonly url: string,
    readonly lifetimeHours: number
  ) {
    super({ to: { address: user.email, name: user.fullName }, locale: user.locale })
  }

  content() {
    return this.translated(({ t, list }) => ({
      subject: t(`${this.words}.subject`),
      greeting: t('greeting'),
      paragraphs: list(`${this.words}.paragraphs`),
      action: { label: t(`${this.words}.action`), url: this.url },
      outro: [t('linkLifetime', { hours: this.lifetimeHours }), t(`${this.words}.ignore`)],
    }))
  }
}
