import { LocalizedMail, type MailCopy } from '#mails/base/localized_mail'
import type User from '#models/user'

/**
 * An account email whose point is one button (`url`), to the account's owner
 * in their language. Its words are the `subject`, `paragraphs` (given
 * `paragraphValues`), `action` and `outro` under `words` in
 * resources/lang/<locale>/emails.json.
 */
export abstract class AccountActionMail extends LocalizedMail {
  /** The key of the email's words in emails.json. */
  protected abstract readonly words: string

  constructor(
    user: User,
    readonly url: string,
    /** Another address of the owner's (a new email being confirmed); the account's by default. */
    address: string = user.email
  ) {
    super({ to: { address, name: user.fullName }, locale: user.locale })
  }

  /** The values the paragraphs name (`{email}`…). */
  protected paragraphValues(): Record<string, string> {
    return {}
  }

  /** The lines after the button. */
  protected outro({ list }: MailCopy): string[] {
    return list(`${this.words}.outro`)
  }

  content() {
    return this.translated((copy) => ({
      subject: copy.t(`${this.words}.subject`),
      greeting: copy.t('greeting'),
      paragraphs: copy.list(`${this.words}.paragraphs`, this.paragraphValues()),
      action: { label: copy.t(`${this.words}.action`), url: this.url },
      outro: this.outro(copy),
    }))
  }
}
