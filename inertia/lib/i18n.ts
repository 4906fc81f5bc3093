/*
| The customer pages' words come from the server's translation store,
| resources/lang/{el,en}/*.json, bundled by Vite: each language is loaded
| lazily (before the first page of that language renders, see app.tsx) and
| formatted with ICU MessageFormat, as @adonisjs/i18n formats it on the
| server. Keys are the server's: `<file>.<path>`, e.g. `auth.login.title`.
| Lists (JSON arrays) are read item by item: `indexes('legal.terms.sections')`.
*/
import { usePage } from '@inertiajs/react'
import { IntlMessageFormat } from 'intl-messageformat'
import type { Data } from '@generated/data'
import type auth from '../../resources/lang/el/auth.json'
import type common from '../../resources/lang/el/common.json'
import type home from '../../resources/lang/el/home.json'
import type legal from '../../resources/lang/el/legal.json'
import type orders from '../../resources/lang/el/orders.json'
import type payments from '../../resources/lang/el/payments.json'
import type portal from '../../resources/lang/el/portal.json'
import type quote from '../../resources/lang/el/quote.json'
import type site from '../../resources/lang/el/site.json'
import type statuses from '../../resources/lang/el/statuses.json'

export type Locale = Data.SharedProps['locale']

/** `a.b.c` for every string leaf of a nested message object (`a.0.b` inside lists). */
type Leaves<T, Prefix extends string> = T extends string
  ? Prefix extends `${infer Key}.`
    ? Key
    : never
  : T extends readonly (infer Item)[]
    ? Leaves<Item, `${Prefix}${number}.`>
    : { [K in keyof T & string]: Leaves<T[K], `${Prefix}${K}.`> }[keyof T & string]

/** Every key a page may ask for (the Greek files are the reference; en has the same keys). */
export type MessageKey =
  | Leaves<typeof auth, 'auth.'>
  | Leaves<typeof common, 'common.'>
  | Leaves<typeof home, 'home.'>
  | Leaves<typeof legal, 'legal.'>
  | Leaves<typeof orders, 'orders.'>
  | Leaves<typeof payments, 'payments.'>
  | Leaves<typeof portal, 'portal.'>
  | Leaves<typeof quote, 'quote.'>
  | Leaves<typeof site, 'site.'>
  | Leaves<typeof statuses, 'statuses.'>

export type MessageValues = Record<string, string | number>

// Emails, validation messages and spec words are written by the server only: not shipped to browsers.
const FILES = import.meta.glob<Record<string, unknown>>(
  ['../../resources/lang/*/*.json', '!**/emails.json', '!**/validator.json', '!**/specs.json'],
  { import: 'default' }
)

/** Flat `key → message` per loaded language. */
const catalogs: Partial<Record<Locale, Map<string, string>>> = {}
const formatters = new Map<string, IntlMessageFormat>()

function flatten(prefix: string, value: unknown, into: Map<string, string>) {
  if (typeof value === 'string') into.set(prefix, value)
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flatten(`${prefix}.${key}`, child, into)
  }
}

/** Loads the messages of `locale` once (all its files, in parallel). */
export async function loadMessages(locale: Locale) {
  if (catalogs[locale]) return
  const catalog = new Map<string, string>()
  await Promise.all(
    Object.entries(FILES)
      .filter(([path]) => path.includes(`/lang/${locale}/`))
      .map(async ([path, load]) => {
        const namespace = path.slice(path.lastIndexOf('/') + 1, -'.json'.length)
        flatten(namespace, await load(), catalog)
      })
  )
  catalogs[locale] = catalog
}

/** The language of a page: its `locale` prop (English on staff pages, see InertiaMiddleware). */
export function pageLocale(props: object): Locale {
  return 'locale' in props && props.locale === 'en' ? 'en' : 'el'
}

/** The message of `key` in `locale`, ICU-formatted with `values` (the key itself if unknown). */
export function translate(locale: Locale, key: MessageKey, values?: MessageValues): string {
  const message = catalogs[locale]?.get(key)
  if (message === undefined) return key
  const cacheKey = `${locale}:${key}`
  let formatter = formatters.get(cacheKey)
  if (!formatter) {
    // Same options as the server's ICU formatter: no rich-text tags.
    formatter = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true })
    formatters.set(cacheKey, formatter)
  }
  return String(formatter.format(values))
}

/** How many items the list `key` (a JSON array) has in `locale`. */
function listLength(locale: Locale, key: string) {
  const catalog = catalogs[locale]
  if (!catalog) return 0
  let length = 0
  const inList = (index: number) => `${key}.${index}`
  while (
    catalog.has(inList(length)) ||
    [...catalog.keys()].some((other) => other.startsWith(`${inList(length)}.`))
  ) {
    length++
  }
  return length
}

/**
 * The page's language, `t(key, values)` bound to it, and `indexes(key)`: the
 * indexes of a list of messages (`legal.terms.sections`), to map over.
 */
export function useI18n() {
  const { props } = usePage<{ locale?: string }>()
  const locale = pageLocale(props)
  const t = (key: MessageKey, values?: MessageValues) => translate(locale, key, values)
  const indexes = (key: string) => [...Array(listLength(locale, key)).keys()]
  return { locale, t, indexes }
}
