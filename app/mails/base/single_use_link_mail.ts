import { AccountActionMail } from '#mails/base/account_action_mail'
import type { MailCopy } from '#mails/base/localized_mail'
import type User from '#models/user'

/**
 * An account email whose point is one single-use link that expires (confirm
 * the address, set a new password). After the button: the shared
 * `linkLifetime` line and the email's own `ignore` line.
 */
export abstract class SingleUseLinkMail extends AccountActionMail {
  constructor(
    user: User,
    url: string,
    readonly lifetimeHours: number,
    address?: string
  ) {
    super(user, url, address)
  }

  protected outro({ t }: MailCopy) {
    return [t('linkLifetime', { hours: this.lifetimeHours }), t(`${this.words}.ignore`)]
  }
}
