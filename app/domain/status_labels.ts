/*
| The words of the statuses of statuses.ts, in either language. They live in
| resources/lang/{el,en}/statuses.json (keyed by axis and status, `axes` for
| the axes themselves), the one store the customer pages read too.
*/
import i18nManager from '@adonisjs/i18n/services/main'
import type { Locale, StatusAxis } from '#domain/statuses'

/** "Payment", "Πληρωμή": how pages and messages name an axis. */
export function statusAxisLabel(axis: StatusAxis, locale: Locale) {
  return i18nManager.locale(locale).t(`statuses.axes.${axis}`)
}

/**
 * "Awaiting payment", "Αναμένει πληρωμή": a status of an axis in words
 * (`none` is the fulfilment of an order whose build has not started).
 */
export function statusLabel(axis: StatusAxis, status: string, locale: Locale) {
  return i18nManager.locale(locale).t(`statuses.${axis}.${status}`)
}
