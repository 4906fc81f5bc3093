import { LocalizedMail } from '#mails/base/localized_mail'
import { TOKEN_LIFETIMES } from '#services/user_token_service'
import type User from '#models/user'

/**
 * First staff login, step 2: the link that confirms the staff member's address
 * (/staff/first-login/verify-email/:token). In the member's language.
 */
export default class StaffVerifyEmailMail extends LocalizedMail {
  constructor(
    user: User,
    private url: string
  ) {
    super({ to: { address: user.email, name: user.fullName }, locale: user.locale })
  }

  content() {
    const hours = TOKEN_LIFETIMES.email_verification.hours
    return this.translated(({ t, list }) => ({
      subject: t('staffVerifyEmail.subject'),
      heading: t('staffVerifyEmail.heading'),
      greeting: t('greeting'),
      paragraphs: list('staffVerifyEmail.paragraphs'),
      action: { label: t('staffVerifyEmail.action'), url: this.url },
      outro: list('staffVerifyEmail.outro', { hours }),
    }))
  }
}
