import { BaseMail } from '@adonisjs/mail'
import { mailReplyTo } from '#config/mail'
import {
  type Localized,
  type MailContent,
  type MailCopy,
  type MailLocale,
  mailCopy,
  renderMailHtml,
  renderMailText,
} from '#mails/base/mail_content'

export type {
  Localized,
  MailAction,
  MailContent,
  MailCopy,
  MailDetail,
  MailLocale,
} from '#mails/base/mail_content'

/** An address, or an address with a display name. */
export type Recipient = string | { address: string; name?: string | null }

export interface LocalizedMailOptions {
  /** An address, `{ address, name }`, or several (staff notifications). */
  to: Recipient | Recipient[]
  /** The recipient's language; Greek unless they chose English. */
  locale?: MailLocale | null
  cc?: Recipient | Recipient[]
  bcc?: Recipient | Recipient[]
  /** Defaults to the shop's address (MAIL_REPLY_TO): mail comes from a no-reply sender. */
  replyTo?: Recipient
}

/**
 * Base of every account email: Greek and English copy, rendered as HTML (the
 * branded layout, resources/views/emails/layout.edge) and plain text, to one
 * recipient in their language. The words live in resources/lang/{el,en}/emails.json;
 * `content()` builds the mail of each language from them with `translated()`.
 * From is MAIL_FROM, Reply-To the shop (MAIL_REPLY_TO).
 *
 * ```ts
 * // app/mails/verify_email_mail.ts, words under `verifyEmail` in emails.json
 * export default class VerifyEmailMail extends LocalizedMail {
 *   constructor(user: User, private url: string) {
 *     super({ to: { address: user.email, name: user.fullName }, locale: user.locale })
 *   }
 *   content() {
 *     return this.translated(({ t, list }) => ({
 *       subject: t('verifyEmail.subject'),
 *       greeting: t('greeting'),
 *       paragraphs: list('verifyEmail.paragraphs'),
 *       action: { label: t('verifyEmail.action'), url: this.url },
 *     }))
 *   }
 * }
 *
 * // anywhere (after the database transaction has committed):
 * await mail.sendLater(new VerifyEmailMail(user, url))
 * ```
 *
 * `sendLater` renders the mail now and queues it (SendMailJob); the worker
 * delivers it and retries while SMTP is down. In tests, `using fake =
 * mail.fake()` then `fake.mails.assertQueued(VerifyEmailMail, ({ message }) => …)`.
 */
export abstract class LocalizedMail extends BaseMail {
  readonly locale: MailLocale
  readonly #options: LocalizedMailOptions

  constructor(options: LocalizedMailOptions) {
    super()
    this.#options = options
    this.locale = options.locale === 'en' ? 'en' : 'el'
  }

  /**
   * The copy in both languages.
   */
  abstract content(): Localized<MailContent> | Promise<Localized<MailContent>>

  /** The copy of each language, built from that language's words (see the example above). */
  protected translated(build: (copy: MailCopy) => MailContent): Localized<MailContent> {
    return { el: build(mailCopy('el')), en: build(mailCopy('en')) }
  }

  async prepare() {
    const copy = await this.content()
    const content = copy[this.locale]
    const list = (value?: Recipient | Recipient[]) =>
      value === undefined ? [] : Array.isArray(value) ? value : [value]
    const add = (method: 'to' | 'cc' | 'bcc', recipient: Recipient) =>
      typeof recipient === 'string'
        ? this.message[method](recipient)
        : this.message[method](recipient.address, recipient.name ?? undefined)

    for (const recipient of list(this.#options.to)) add('to', recipient)
    for (const recipient of list(this.#options.cc)) add('cc', recipient)
    for (const recipient of list(this.#options.bcc)) add('bcc', recipient)
    const replyTo = this.#options.replyTo ?? mailReplyTo
    typeof replyTo === 'string'
      ? this.message.replyTo(replyTo)
      : this.message.replyTo(replyTo.address, replyTo.name ?? undefined)

    this.message.subject(content.subject)
    this.message.header('Content-Language', this.locale)
    // Rendered now, so the queued job carries finished html and text, not view data.
    this.message.html(await renderMailHtml(content, this.locale))
    this.message.text(renderMailText(content, this.locale))
  }
}

export default LocalizedMail
