/*
| The words of the statuses of statuses.ts, in either language. They live in
| resources/lang/{el,en}/statuses.json (keyed by axis and status, `axes` for
| the axes themselves), the one store the customer pages read too; the line
| kinds' words live in orders.json (`kinds`).
*/
import i18nManager from '@adonisjs/i18n/services/main'
import type { LineItemKind, Locale, StatusAxis } from '#domain/statuses'

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

/** "Operating system", "Λειτουργικό σύστημα": what kind of thing an order line is. */
export function lineKindLabel(kind: LineItemKind, locale: Locale) {
  return i18nManager.locale(locale).t(`orders.kinds.${kind}`)
}
