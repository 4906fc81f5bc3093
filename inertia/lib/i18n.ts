/*
| The customer pages' words come from the server's translation store,
| resources/lang/{el,en}/*.json, bundled by Vite: each language is loaded
| lazily (before the first page of that language renders, see app.tsx) and
| formatted with ICU MessageFormat, as @adonisjs/i18n formats it on the
| server. Keys are the server's: `<file>.<path>`, e.g. `auth.login.title`.
| Staff pages are English.
*/
import { usePage } from '@inertiajs/react'
import { IntlMessageFormat } from 'intl-messageformat'
import type { Data } from '@generated/data'
import type auth from '../../resources/lang/el/auth.json'
import type common from '../../resources/lang/el/common.json'
import type portal from '../../resources/lang/el/portal.json'
import type statuses from '../../resources/lang/el/statuses.json'

export type Locale = Data.SharedProps['locale']

/** `a.b.c` for every string leaf of a nested message object. */
type Leaves<T, Prefix extends string> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>
}[keyof T & string]

/** Every key a page may ask for (the Greek files are the reference; en has the same keys). */
export type MessageKey =
  | Leaves<typeof auth, 'auth.'>
  | Leaves<typeof common, 'common.'>
  | Leaves<typeof portal, 'portal.'>
  | Leaves<typeof statuses, 'statuses.'>

export type MessageValues = Record<string, string | number>

const FILES = import.meta.glob<Record<string, unknown>>('../../resources/lang/*/*.json', {
  import: 'default',
})

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

/** The language of a page: staff pages are English, the others follow the `locale` prop. */
export function pageLocale(component: string, props: object): Locale {
  if (component.startsWith('staff/')) return 'en'
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

/** The page's language and a `t(key, values)` bound to it. */
export function useI18n() {
  const { component, props } = usePage<{ locale?: string }>()
  const locale = pageLocale(component, props)
  const t = (key: MessageKey, values?: MessageValues) => translate(locale, key, values)
  return { locale, t }
}
