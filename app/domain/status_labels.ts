/*
| The words of the statuses of statuses.ts, in either language. They live in
| resources/lang/{el,en}/statuses.json (keyed by axis and status, `axes` for
| the axes themselves), the one store the customer pages read too; the line
| kinds' words live in orders.json (`kinds`).
*/
import i18nManager from '@adonisjs/i18n/services/main'
import type { LineItemKind, Locale, StatusAxis } from '#domain/statuses'
import { BoundedMemo } from '#domain/bounded_memo'

/**
 * Labels by language and translation key. A list labels three statuses per
 * row, and each `t()` of a language's translator built anew cost 4 % of the
 * CPU of the staff order list under load. The words are the translation
 * files', loaded once at boot, so a label stays right for the process's life.
 */
const labels = new BoundedMemo<string>(2_000)

function label(key: string, locale: Locale) {
  return labels.get(`${locale}\u0000${key}`, () => i18nManager.locale(locale).t(key))
}

/** "Payment", "Πληρωμή": how pages and messages name an axis. */
export function statusAxisLabel(axis: StatusAxis, locale: Locale) {
  return label(`statuses.axes.${axis}`, locale)
}

/**
 * "Awaiting payment", "Αναμένει πληρωμή": a status of an axis in words
 * (`none` is the fulfilment of an order whose build has not started).
 */
export function statusLabel(axis: StatusAxis, status: string, locale: Locale) {
  return label(`statuses.${axis}.${status}`, locale)
}

/** "Operating system", "Λειτουργικό σύστημα": what kind of thing an order line is. */
export function lineKindLabel(kind: LineItemKind, locale: Locale) {
  return label(`orders.kinds.${kind}`, locale)
}
