import { DateTime } from 'luxon'

/*
| The shop's calendar. PCMR is in Athens: a "day" (today, a quote's validity
| date, a month of revenue, an order number's date) is a day in Athens,
| whatever the server's own time zone.
*/

export const SHOP_TIME_ZONE = 'Europe/Athens'

/** How long a published quote is valid unless staff choose a date. */
export const QUOTE_VALIDITY_DAYS = 14

/** Today's date in Athens, YYYY-MM-DD. */
export function athensToday(now: DateTime = DateTime.now()) {
  return now.setZone(SHOP_TIME_ZONE).toISODate()!
}

/**
 * A calendar day (YYYY-MM-DD string, JS Date from a validator, or DateTime)
 * as the start of that day in Athens; null when it is no valid date.
 */
export function athensDay(value: DateTime | Date | string): DateTime | null {
  const iso =
    typeof value === 'string'
      ? value
      : value instanceof Date
        ? DateTime.fromJSDate(value).toISODate()
        : value.toISODate()
  const day = iso ? DateTime.fromISO(iso, { zone: SHOP_TIME_ZONE }).startOf('day') : null
  return day?.isValid ? day : null
}

/** The validity date a quote published today gets by default (14 days from today in Athens). */
export function defaultQuoteValidUntil(now: DateTime = DateTime.now()) {
  return DateTime.fromISO(athensToday(now), { zone: SHOP_TIME_ZONE }).plus({
    days: QUOTE_VALIDITY_DAYS,
  })
}

/**
 * Whether a published quote is past its validity date. A quote is valid
 * through the whole of its `quoteValidUntil` day in Athens, and expired from
 * the next Athens day; it cannot be accepted until staff extend it. An order
 * without a validity date (a draft) is not expired.
 */
export function isQuoteExpired(
  order: { quoteValidUntil: DateTime | null },
  now: DateTime = DateTime.now()
): boolean {
  const validUntil = order.quoteValidUntil?.toISODate()
  return Boolean(validUntil) && validUntil! < athensToday(now)
}
