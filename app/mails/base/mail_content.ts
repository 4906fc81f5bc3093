/*
| The shape of an account email and its two renderings: HTML through
| resources/views/emails/layout.edge and plain text built here. Both come from
| the same MailContent, so they never drift apart.
*/
import edge from 'edge.js'
import i18nManager from '@adonisjs/i18n/services/main'
import env from '#start/env'
import type { Locale } from '#domain/statuses'

export type MailLocale = Locale

/** One value per language: `{ el: …, en: … }`. */
export type Localized<T> = Record<MailLocale, T>

export interface MailAction {
  label: string
  url: string
}

export interface MailDetail {
  label: string
  value: string
}

/** A part or service of an order: `2 × Ryzen 5 7600` and its specs in words. */
export interface MailItem {
  name: string
  specs?: string
}

/**
 * The copy of one email in one language. All strings are plain text: they
 * are escaped in the HTML, and http(s) URLs inside paragraphs become links.
 */
export interface MailContent {
  subject: string
  /** Big title at the top of the card. Defaults to the subject. */
  heading?: string
  /** Preview line mail clients show after the subject. Defaults to the first paragraph. */
  preheader?: string
  /** First line: "Γεια σας," (Greek addresses people in the vocative, so no name). */
  greeting?: string
  /** The body, one string per paragraph. */
  paragraphs: string[]
  /** Label/value rows (order number, total, tracking code…), under an optional title. */
  details?: MailDetail[]
  detailsTitle?: string
  /** A list of what the order holds, under an optional title, after the details. */
  items?: MailItem[]
  itemsTitle?: string
  /** The call-to-action button. Its URL is also printed under it and in the text version. */
  action?: MailAction
  /** Paragraphs after the button ("The link expires in 60 minutes."). */
  outro?: string[]
  /** Closing line; defaults to the team's (emails.chrome.signOff). `false` for none. */
  signOff?: string | false
}

/**
 * The words of one language from resources/lang/<locale>/emails.json: `t(key)`
 * for one message (ICU, e.g. `{hours, plural, …}`), `list(key)` for a list of
 * paragraphs (a JSON array).
 */
export interface MailCopy {
  locale: MailLocale
  t(key: string, values?: Record<string, string | number>): string
  list(key: string, values?: Record<string, string | number>): string[]
}

export function mailCopy(locale: MailLocale): MailCopy {
  const i18n = i18nManager.locale(locale)
  const t = (key: string, values?: Record<string, string | number>) =>
    i18n.t(`emails.${key}`, values)
  const list = (key: string, values?: Record<string, string | number>) => {
    const items: string[] = []
    while (i18n.hasMessage(`emails.${key}.${items.length}`)) {
      items.push(t(`${key}.${items.length}`, values))
    }
    return items
  }
  return { locale, t, list }
}

/** The layout's own words (tagline, sign-off, footer) in one language. */
function chromeOf(locale: MailLocale) {
  const { t } = mailCopy(locale)
  return {
    tagline: t('chrome.tagline'),
    signOff: t('chrome.signOff'),
    automated: t('chrome.automated'),
    buttonFallback: t('chrome.buttonFallback'),
  }
}

export const BRAND = {
  primary: '#400080',
  dark: '#07060d',
  background: '#f3f1f7',
  text: '#1c1a24',
  muted: '#6b6779',
  border: '#e4e0ec',
  fontStack: "Roboto, 'Helvetica Neue', Helvetica, Arial, sans-serif",
}

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
}

const URL_PATTERN = /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/g

/**
 * Escapes a paragraph and turns its http(s) URLs into links.
 */
export function paragraphToHtml(text: string): string {
  let html = ''
  let last = 0
  for (const match of text.matchAll(URL_PATTERN)) {
    html += escapeHtml(text.slice(last, match.index))
    const url = escapeHtml(match[0])
    html += `<a href="${url}" style="color:${BRAND.primary};text-decoration:underline;word-break:break-all;">${url}</a>`
    last = match.index + match[0].length
  }
  return html + escapeHtml(text.slice(last))
}

function appUrl() {
  return env.get('APP_URL').replace(/\/+$/, '')
}

/**
 * The HTML version: resources/views/emails/layout.edge with inline styles,
 * system fonts and no remote assets.
 */
export async function renderMailHtml(content: MailContent, locale: MailLocale): Promise<string> {
  const chrome = chromeOf(locale)
  const url = appUrl()
  return edge.render('emails/layout', {
    locale,
    brand: BRAND,
    chrome,
    subject: content.subject,
    heading: content.heading ?? content.subject,
    preheader: content.preheader ?? content.paragraphs[0] ?? '',
    greeting: content.greeting,
    paragraphs: content.paragraphs.map(paragraphToHtml),
    detailsTitle: content.detailsTitle,
    details: content.details ?? [],
    itemsTitle: content.itemsTitle,
    items: content.items ?? [],
    action: content.action,
    outro: (content.outro ?? []).map(paragraphToHtml),
    signOff: content.signOff === false ? null : (content.signOff ?? chrome.signOff),
    appUrl: url,
    appHost: url.replace(/^https?:\/\//, ''),
    year: new Date().getFullYear(),
  })
}

/**
 * The plain-text version of the same content.
 */
export function renderMailText(content: MailContent, locale: MailLocale): string {
  const chrome = chromeOf(locale)
  const blocks: string[] = [`PCMR — ${chrome.tagline}`, content.heading ?? content.subject]
  if (content.greeting) blocks.push(content.greeting)
  blocks.push(...content.paragraphs)
  if (content.details?.length) {
    const rows = content.details.map((row) => `${row.label}: ${row.value}`).join('\n')
    blocks.push(content.detailsTitle ? `${content.detailsTitle}\n${rows}` : rows)
  }
  if (content.items?.length) {
    const rows = content.items.map((item) =>
      item.specs ? `- ${item.name}\n  ${item.specs}` : `- ${item.name}`
    )
    blocks.push([content.itemsTitle, ...rows].filter(Boolean).join('\n'))
  }
  if (content.action) blocks.push(`${content.action.label}:\n${content.action.url}`)
  blocks.push(...(content.outro ?? []))
  const signOff = content.signOff === false ? null : (content.signOff ?? chrome.signOff)
  if (signOff) blocks.push(signOff)
  blocks.push(`--\n${chrome.automated}\n${appUrl()}`)
  return blocks.join('\n\n') + '\n'
}
