/*
| The shape of an account email and its two renderings: HTML through
| resources/views/emails/layout.edge and plain text built here. Both come from
| the same MailContent, so they never drift apart.
*/
import edge from 'edge.js'
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
  /** First line, e.g. "Γεια σας Μαρία,". */
  greeting?: string
  /** The body, one string per paragraph. */
  paragraphs: string[]
  /** Label/value rows (order number, total, tracking code…), under an optional title. */
  details?: MailDetail[]
  detailsTitle?: string
  /** The call-to-action button. Its URL is also printed under it and in the text version. */
  action?: MailAction
  /** Paragraphs after the button ("The link expires in 60 minutes."). */
  outro?: string[]
  /** Closing line; defaults to "Η ομάδα της PCMR" / "The PCMR team". `false` for none. */
  signOff?: string | false
}

const CHROME: Localized<{
  tagline: string
  signOff: string
  automated: string
  buttonFallback: string
}> = {
  el: {
    tagline: 'Custom PC, χτισμένα στο χέρι στην Ελλάδα',
    signOff: 'Η ομάδα της PCMR',
    automated: 'Αυτό είναι ένα αυτόματο μήνυμα από την PCMR.',
    buttonFallback: 'Αν το κουμπί δεν λειτουργεί, αντιγράψτε αυτόν τον σύνδεσμο στον browser σας:',
  },
  en: {
    tagline: 'Custom PCs, hand-built in Greece',
    signOff: 'The PCMR team',
    automated: 'This is an automated message from PCMR.',
    buttonFallback: 'If the button does not work, copy this link into your browser:',
  },
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
  const chrome = CHROME[locale]
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
  const chrome = CHROME[locale]
  const blocks: string[] = [`PCMR — ${chrome.tagline}`, content.heading ?? content.subject]
  if (content.greeting) blocks.push(content.greeting)
  blocks.push(...content.paragraphs)
  if (content.details?.length) {
    const rows = content.details.map((row) => `${row.label}: ${row.value}`).join('\n')
    blocks.push(content.detailsTitle ? `${content.detailsTitle}\n${rows}` : rows)
  }
  if (content.action) blocks.push(`${content.action.label}:\n${content.action.url}`)
  blocks.push(...(content.outro ?? []))
  const signOff = content.signOff === false ? null : (content.signOff ?? chrome.signOff)
  if (signOff) blocks.push(signOff)
  blocks.push(`--\n${chrome.automated}\n${appUrl()}`)
  return blocks.join('\n\n') + '\n'
}
