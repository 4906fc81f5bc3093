import { formatMoney } from '#domain/money'
import { LocalizedMail } from '#mails/base/localized_mail'
import type IntakeRequest from '#models/intake_request'
import { siteMessage } from '#mails/site/site_words'

/** "We have your request": the confirmation of a /contact request, in the visitor's language. */
export default class IntakeReceivedMail extends LocalizedMail {
  constructor(readonly request: IntakeRequest) {
    super({ to: { address: request.email, name: request.name }, locale: request.locale })
  }

  content() {
    const { useCase, budgetCents } = this.request
    return this.translated(({ locale, t, list }) => ({
      subject: t('intakeReceived.subject'),
      greeting: t('greeting'),
      paragraphs: list('intakeReceived.paragraphs'),
      detailsTitle: t('intakeReceived.detailsTitle'),
      details: [
        {
          label: t('intakeReceived.useCase'),
          value: siteMessage(locale, `contact.useCases.${useCase}`),
        },
        {
          label: t('intakeReceived.budget'),
          value:
            budgetCents === null ? t('intakeReceived.noBudget') : formatMoney(budgetCents, locale),
        },
      ],
    }))
  }
}
