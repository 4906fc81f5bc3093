import type { HttpContext } from '@adonisjs/core/http'
import mail from '@adonisjs/mail/services/main'
import { appUrl } from '#config/app'
import { formatMoney } from '#domain/money'
import {
  type Localized,
  LocalizedMail,
  type MailContent,
  type MailLocale,
} from '#mails/base/localized_mail'

/** The sample's own words: what it is, in each language (dev-only, not shop copy). */
const SAMPLE_WORDS: Localized<Pick<MailContent, 'subject' | 'paragraphs' | 'detailsTitle'>> = {
  el: {
    subject: 'Δοκιμαστικό email της PCMR',
    paragraphs: [
      'Αυτό είναι ένα δοκιμαστικό μήνυμα από τη σελίδα /dev/mail. Δείχνει όλα τα μέρη της διάταξης.',
      'Οι σύνδεσμοι μέσα στο κείμενο γίνονται clickable: https://pcmr.gr.',
    ],
    detailsTitle: 'Η παραγγελία σας',
  },
  en: {
    subject: 'PCMR test email',
    paragraphs: [
      'This is a test message from the /dev/mail page. It shows every part of the layout.',
      'Links inside the copy become clickable: https://pcmr.gr.',
    ],
    detailsTitle: 'Your order',
  },
}

/**
 * A sample of everything the layout renders, in both languages. Also a
 * reference for writing account emails: the greeting, labels and outro are
 * the real mails' words (the greeting without a name, like theirs).
 */
class SampleMail extends LocalizedMail {
  content() {
    const url = `${appUrl.replace(/\/+$/, '')}/portal`
    return this.translated(({ locale, t }) => ({
      ...SAMPLE_WORDS[locale],
      greeting: t('greeting'),
      details: [
        { label: t('orderStatus.number'), value: 'PC20261123-7' },
        { label: t('orderStatus.total'), value: formatMoney(123456, locale) },
      ],
      action: { label: t('orderStatus.viewOrder'), url },
      outro: [t('linkLifetime', { hours: 24 })],
    }))
  }
}

const MAIL_PREVIEW_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data: https:; frame-ancestors 'none'"

const asLocale = (value: unknown): MailLocale => (value === 'en' ? 'en' : 'el')

/**
 * Development only (start/routes.ts mounts it outside production, for signed-in staff):
 * previews of the email layout and a sample mail sent through the queue, the
 * worker and the mail catcher.
 */
export default class DevMailController {
  async index({ view, request }: HttpContext) {
    return view.render('dev/mail', {
      catcherUrl: 'http://127.0.0.1:1080',
      queued: request.input('queued'),
    })
  }

  async preview({ params, request, response }: HttpContext) {
    const sample = new SampleMail({ to: 'maria@example.com', locale: asLocale(params.locale) })
    await sample.build()
    const { html, text } = sample.message.toObject().message
    if (request.input('format') === 'text') {
      return response.header('content-type', 'text/plain; charset=utf-8').send(text)
    }
    // An email is styled inline (mail clients need it), which the app's CSP forbids:
    // this page gets a policy of its own that allows inline styles and nothing else.
    response.header('Content-Security-Policy', MAIL_PREVIEW_CSP)
    return response.header('content-type', 'text/html; charset=utf-8').send(html)
  }

  async sample({ request, response }: HttpContext) {
    const locale = asLocale(request.input('locale'))
    const to = String(request.input('to') || 'maria@example.com')
    await mail.sendLater(new SampleMail({ to, locale }))
    return response.redirect(`/dev/mail?queued=${encodeURIComponent(to)}`)
  }
}
