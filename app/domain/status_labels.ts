/*
| The words of the statuses of statuses.ts, in either language. They live in
| resources/lang/{el,en}/statuses.json (keyed by axis and status, `axes` for
| the axes themselves), the one store the customer pages read too; the line
| kinds' words live in orders.json (`kinds`).
*/
import i18nManager from '@adonisjs/i18n/services/main'
import type { LineItemKind, Locale, StatusAxis } from '#domain/statuses'

/** Enough for every status, axis and line kind; a group never holds more unless the data is wrong. */
const MAX_LABELS_PER_GROUP = 100

/**
 * Labels by language, group (an axis, `axes` or `kinds`) and value. A list
 * labels three statuses per row, and each `t()` of a language's translator
 * built anew cost 4 % of the CPU of the staff order list under load. The
 * words are the translation files', loaded once at boot, so a label stays
 * right for the process's life. Nested maps rather than one map of joined
 * keys: joining (and hashing) a new key string per lookup cost as much again.
 */
const labels = new Map<Locale, Map<string, Map<string, string>>>()

function label(locale: Locale, group: string, value: string, key: () => string) {
  let groups = labels.get(locale)
  if (!groups) labels.set(locale, (groups = new Map()))
  let words = groups.get(group)
  if (!words) groups.set(group, (words = new Map()))
  let word = words.get(value)
  if (word === undefined) {
    word = i18nManager.locale(locale).t(key())
    if (words.size < MAX_LABELS_PER_GROUP) words.set(value, word)
  }
  return word
}

/** "Payment", "Πληρωμή": how pages and messages name an axis. */
export function statusAxisLabel(axis: StatusAxis, locale: Locale) {
  return label(locale, 'axes', axis, () => `statuses.axes.${axis}`)
}

/**
 * "Awaiting payment", "Αναμένει πληρωμή": a status of an axis in words
 * (`none` is the fulfilment of an order whose build has not started).
 */
export function statusLabel(axis: StatusAxis, status: string, locale: Locale) {
  return label(locale, axis, status, () => `statuses.${axis}.${status}`)
}

/** "Operating system", "Λειτουργικό σύστημα": what kind of thing an order line is. */
export function lineKindLabel(kind: LineItemKind, locale: Locale) {
  return label(locale, 'kinds', kind, () => `orders.kinds.${kind}`)
}
