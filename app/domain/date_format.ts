/*
| How dates read on the pages: in the shop's time zone (Europe/Athens), whatever
| the server's or the reader's clock says. Transformers send dates already
| formatted by these functions, so every page shows one format and the
| browser never converts a time itself.
*/
import { DateTime } from 'luxon'
import { SHOP_TIME_ZONE } from '#domain/shop_calendar'
import type { Locale } from '#domain/statuses'

type DateInput = DateTime | string

function format(value: DateInput, pattern: string, language: Locale) {
  const date = typeof value === 'string' ? DateTime.fromISO(value, { zone: SHOP_TIME_ZONE }) : value
  return date.setZone(SHOP_TIME_ZONE).setLocale(language).toFormat(pattern)
}

/** A moment, `23 Nov 2026, 11:44` (Athens time). */
export function formatMoment(value: DateInput, language: Locale = 'en') {
  return format(value, 'd LLL yyyy, HH:mm', language)
}

/** A calendar day, `23 Nov 2026`; a `YYYY-MM-DD` string is taken as that Athens day. */
export function formatDay(value: DateInput, language: Locale = 'en') {
  return format(value, 'd LLL yyyy', language)
}

/** A calendar month (`YYYY-MM` or a date), `Nov 2026`. */
export function formatMonth(value: DateInput, language: Locale = 'en') {
  return format(value, 'LLL yyyy', language)
}

/** formatMoment, or null for a date that is not set (a page shows its own dash). */
export function formatOptionalMoment(value: DateTime | null | undefined, language: Locale = 'en') {
  return value ? formatMoment(value, language) : null
}

/** formatDay, or null for a day that is not set. */
export function formatOptionalDay(value: DateInput | null | undefined, language: Locale = 'en') {
  return value ? formatDay(value, language) : null
}
