import { formatMoney } from '#domain/money'
import { LocalizedMail } from '#mails/base/localized_mail'
import type IntakeRequest from '#models/intake_request'
import { absoluteUrl } from '#services/customer_account_service'
import { siteMessage } from '#mails/site/site_words'

/**
 * A new /contact request, to every STAFF_NOTIFY_EMAILS address, in English
 * like the back office; Reply-To is the requester, so staff can answer at once.
 */
export default class IntakeNotifyMail extends LocalizedMail {
  constructor(
    readonly request: IntakeRequest,
    recipients: string[]
  ) {
    super({
      to: recipients,
      locale: 'en',
      replyTo: { address: request.email, name: request.name },
    })
  }

  content() {
    const request = this.request
    return this.translated(({ locale, t, list }) => ({
      subject: t('intakeNotify.subject', { name: request.name }),
      paragraphs: list('intakeNotify.paragraphs'),
      details: [
        { label: t('intakeNotify.name'), value: request.name },
        { label: t('intakeNotify.email'), value: request.email },
        { label: t('intakeNotify.phone'), value: request.phone ?? '—' },
        {
          label: t('intakeNotify.useCase'),
          value: siteMessage(locale, `contact.useCases.${request.useCase}`),
        },
        {
          label: t('intakeNotify.budget'),
          value: request.budgetCents === null ? '—' : formatMoney(request.budgetCents, locale),
        },
        { label: t('intakeNotify.message'), value: request.message },
      ],
      action: { label: t('intakeNotify.action'), url: absoluteUrl('/staff/requests') },
    }))
  }
}
