/*
| How dates read on the pages: in the shop's time zone (Europe/Athens), whatever
| the server's or the reader's clock says. Transformers send dates already
| formatted by these functions, so every page shows one format and the
| browser never converts a time itself.
*/
import { DateTime } from 'luxon'
import { SHOP_TIME_ZONE } from '#domain/shop_calendar'
import type { Locale } from '#domain/statuses'
import { BoundedMemo } from '#domain/bounded_memo'

/** A luxon DateTime, a JavaScript Date (a driver's timestamp), or ISO 8601 text. */
type DateInput = DateTime | Date | string

/**
 * One pattern's formatter: dates formatted in each language, remembered by
 * their value (the instant of a DateTime or a Date, the text of a string).
 * A list page formats the same few dozen dates on every request, and
 * luxon's zone change, locale switch and ISO parsing were ~7 % of the web
 * process's CPU under load. The output depends on nothing else (the zone is
 * fixed), so a remembered string is always the right one. Bounded: see
 * BoundedMemo.
 */
function formatter(pattern: string) {
  const memos = {
    el: new BoundedMemo<string, number | string>(10_000),
    en: new BoundedMemo<string, number | string>(10_000),
  } satisfies Record<Locale, unknown>
  return (value: DateInput, language: Locale = 'en') => {
    const key =
      typeof value === 'string' ? value : value instanceof Date ? value.getTime() : value.toMillis()
    return memos[language].get(key, () => {
      const date =
        typeof value === 'string'
          ? DateTime.fromISO(value, { zone: SHOP_TIME_ZONE })
          : value instanceof Date
            ? DateTime.fromJSDate(value)
            : value
      return date.setZone(SHOP_TIME_ZONE).setLocale(language).toFormat(pattern)
    })
  }
}

/** A moment, `23 Nov 2026, 11:44` (Athens time). */
export const formatMoment = formatter('d LLL yyyy, HH:mm')

/** A calendar day, `23 Nov 2026`; a `YYYY-MM-DD` string is taken as that Athens day. */
export const formatDay = formatter('d LLL yyyy')

/** A calendar month (`YYYY-MM` or a date), `Nov 2026`. */
export const formatMonth = formatter('LLL yyyy')

/** formatMoment, or null for a date that is not set (a page shows its own dash). */
export function formatOptionalMoment(value: DateTime | null | undefined, language: Locale = 'en') {
  return value ? formatMoment(value, language) : null
}

/** formatDay, or null for a day that is not set. */
export function formatOptionalDay(value: DateInput | null | undefined, language: Locale = 'en') {
  return value ? formatDay(value, language) : null
}
