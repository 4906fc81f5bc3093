/*
| The one money module. Every amount in the app is an integer number of euro
| cents (SPEC §3): columns, props, arithmetic. Floats appear only at the two
| edges where the outside world speaks euros (Viva's amounts, staff typing a
| price), and they are converted here, with checks, before any arithmetic.
|
| The module imports nothing, on purpose: plain TypeScript with no framework
| in it. Hence errors are plain Error subclasses that carry `status` and `code`
| (AdonisJS's exception handler reads both from any error). Pages never import
| it: they get amounts already formatted, through the transformers.
*/

/** An integer number of euro cents (may be negative, e.g. a refund or a discount). */
export type Cents = number

/** VAT rate in basis points: 2400 = 24 %. Stored per line, so a quote keeps the rate it had. */
export type VatRateBp = number

/** Greek standard VAT rate. Reduced rates (13 %, 6 %) and 0 % are set per line. */
export const DEFAULT_VAT_RATE_BP: VatRateBp = 2400

/**
 * The VAT rates a quote line may carry (Greek standard, reduced, super-reduced,
 * exempt), highest first: the quote validators accept exactly these and the
 * editor's picker offers exactly these.
 */
export const VAT_RATES_BP = [DEFAULT_VAT_RATE_BP, 1300, 600, 0] as const satisfies VatRateBp[]

const BASIS_POINTS = 10_000

/** A programming error: something that is not an amount of cents reached money code. */
export class InvalidCentsError extends RangeError {
  readonly code = 'E_INVALID_CENTS'
  readonly status = 500
}

/** A person typed (or a provider sent) an amount that cannot be taken as exact cents. */
export class InvalidAmountError extends Error {
  readonly code = 'E_INVALID_AMOUNT'
  readonly status = 422
}

function describe(value: unknown) {
  return typeof value === 'number' || typeof value === 'bigint'
    ? String(value)
    : `${typeof value} ${JSON.stringify(value) ?? String(value)}`
}

/** Throws unless `value` is a safe integer (negative allowed). */
export function assertCents(value: unknown, label = 'amount'): asserts value is Cents {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new InvalidCentsError(
      `${label} must be a safe integer number of cents, got ${describe(value)}`
    )
  }
}

/** Throws unless `value` is a safe integer ≥ 0 (prices, line totals, payments). */
export function assertNonNegativeCents(value: unknown, label = 'amount'): asserts value is Cents {
  assertCents(value, label)
  if (value < 0) throw new InvalidCentsError(`${label} must not be negative, got ${value}`)
}

/** Throws unless `rateBp` is an integer between 0 and 10 000 (0 % to 100 %). */
export function assertVatRateBp(rateBp: unknown): asserts rateBp is VatRateBp {
  if (
    typeof rateBp !== 'number' ||
    !Number.isInteger(rateBp) ||
    rateBp < 0 ||
    rateBp > BASIS_POINTS
  ) {
    throw new InvalidCentsError(
      `VAT rate must be an integer number of basis points between 0 and ${BASIS_POINTS}, got ${describe(rateBp)}`
    )
  }
}

/** A result must still be a safe integer, or later arithmetic would silently lose cents. */
function checkedResult(value: number, operation: string): Cents {
  if (!Number.isSafeInteger(value)) {
    throw new InvalidCentsError(`${operation} overflows the safe integer range (${value})`)
  }
  return value
}

export function addCents(...values: Cents[]): Cents {
  return sumCents(values)
}

export function sumCents(values: Iterable<Cents>): Cents {
  let total = 0
  for (const value of values) {
    assertCents(value)
    // Checked at every step: past 2^53 a sum of integers is no longer exact.
    total = checkedResult(total + value, 'sum')
  }
  return total
}

/** unit price × quantity; the quantity is a whole number of items. */
export function multiplyCents(unitCents: Cents, quantity: number): Cents {
  assertCents(unitCents, 'unit price')
  if (!Number.isSafeInteger(quantity) || quantity < 0) {
    throw new InvalidCentsError(
      `quantity must be a non-negative integer, got ${describe(quantity)}`
    )
  }
  return checkedResult(unitCents * quantity, 'multiplication')
}

// ---------------------------------------------------------------------------
// VAT
// ---------------------------------------------------------------------------

export type VatBreakdown = { gross: Cents; net: Cents; vat: Cents }

/**
 * Splits a VAT-inclusive (gross) amount into net and VAT.
 *
 * Rounding rule: net = round-half-up(gross × 10000 / (10000 + rateBp)), then
 * vat = gross − net, so net + vat === gross always holds and the customer's
 * price is never changed by the split. The division is done in BigInt so no
 * float ever touches the amount. "Half-up" rounds halves away from zero, which
 * makes the split of a negative amount the mirror image of the positive one.
 */
export function vatBreakdown(grossCents: Cents, rateBp: VatRateBp): VatBreakdown {
  assertCents(grossCents, 'gross amount')
  assertVatRateBp(rateBp)

  const magnitude = BigInt(Math.abs(grossCents))
  const numerator = magnitude * BigInt(BASIS_POINTS)
  const denominator = BigInt(BASIS_POINTS + rateBp)
  // floor((2n + d) / 2d) === floor(n/d + 1/2): round half up for n ≥ 0.
  const netMagnitude = Number((2n * numerator + denominator) / (2n * denominator))

  const net = grossCents < 0 ? -netMagnitude : netMagnitude
  // `+ 0` turns a -0 (from a zero gross) into 0 so results compare equal everywhere.
  return { gross: grossCents, net: net + 0, vat: grossCents - net + 0 }
}

export type TotalsLine = { unitPriceCents: Cents; quantity: number; vatRateBp: VatRateBp }
export type RateTotals = VatBreakdown & { rateBp: VatRateBp }
export type OrderTotals = VatBreakdown & { byRate: RateTotals[] }

/**
 * Totals of an order.
 *
 * gross = the exact integer sum of every line's unit price × quantity.
 *
 * The net/VAT split is rounded once per VAT rate, on the summed gross of all
 * lines at that rate, not once per line. Per-line rounding drifts: 1000 lines
 * of 0,01 € at 24 % would each round to net 0,01 / VAT 0,00, claiming no VAT
 * at all on 10 € of sales. Per-rate rounding keeps the error under half a cent
 * per rate, which is also how an invoice summarises VAT (one row per rate).
 * The order's net and VAT are the sums over the rates; net + vat === gross.
 *
 * `byRate` is sorted by rate, highest first (the standard rate leads).
 */
export function orderTotals(lines: readonly TotalsLine[]): OrderTotals {
  const grossByRate = new Map<VatRateBp, Cents>()
  for (const line of lines) {
    assertVatRateBp(line.vatRateBp)
    const lineGross = multiplyCents(line.unitPriceCents, line.quantity)
    grossByRate.set(line.vatRateBp, addCents(grossByRate.get(line.vatRateBp) ?? 0, lineGross))
  }

  const byRate = [...grossByRate.entries()]
    .sort(([a], [b]) => b - a)
    .map(([rateBp, gross]) => ({ rateBp, ...vatBreakdown(gross, rateBp) }))

  return {
    gross: sumCents(byRate.map((group) => group.gross)),
    net: sumCents(byRate.map((group) => group.net)),
    vat: sumCents(byRate.map((group) => group.vat)),
    byRate,
  }
}

// ---------------------------------------------------------------------------
// Formatting and parsing
// ---------------------------------------------------------------------------

export type MoneyLocale = 'el' | 'en'

/** Sign, whole euros and the two cent digits, from string work only (exact for any safe integer). */
function splitCents(cents: Cents) {
  assertCents(cents)
  const digits = String(Math.abs(cents)).padStart(3, '0')
  return {
    negative: cents < 0,
    euros: digits.slice(0, -2),
    cents: digits.slice(-2),
  }
}

function groupThousands(euros: string, separator: string) {
  return euros.replace(/\B(?=(\d{3})+$)/g, separator)
}

/**
 * `1.234,56 €` (el) or `€1,234.56` (en); negatives `-1.234,56 €` / `-€1,234.56`.
 * Built from the digits rather than with Intl.NumberFormat so the output is
 * identical on every Node/ICU build and in the browser (Intl's spacing and
 * symbol placement for `el` have changed between ICU versions).
 */
export function formatMoney(cents: Cents, locale: MoneyLocale): string {
  const parts = splitCents(cents)
  const sign = parts.negative ? '-' : ''
  if (locale === 'el') {
    return `${sign}${groupThousands(parts.euros, '.')},${parts.cents} €`
  }
  return `${sign}€${groupThousands(parts.euros, ',')}.${parts.cents}`
}

/** `2400` → `24%`, `1300` → `13%`, `550` → `5.5%` (the rate as shown next to a line). */
export function formatVatRate(rateBp: VatRateBp): string {
  return `${rateBp / 100}%`
}

/** The VAT picker's options: each accepted rate, the standard one named. */
export function vatRateOptions() {
  return VAT_RATES_BP.map((rateBp) => ({
    value: rateBp,
    label:
      rateBp === DEFAULT_VAT_RATE_BP
        ? `${formatVatRate(rateBp)} (standard)`
        : formatVatRate(rateBp),
  }))
}

/** Order totals with every amount and rate formatted: the block under an order's lines. */
export function formatOrderTotals(totals: OrderTotals, locale: MoneyLocale) {
  const money = (cents: Cents) => formatMoney(cents, locale)
  return {
    net: money(totals.net),
    vat: money(totals.vat),
    gross: money(totals.gross),
    byRate: totals.byRate.map((group) => ({
      rate: formatVatRate(group.rateBp),
      net: money(group.net),
      vat: money(group.vat),
      gross: money(group.gross),
    })),
  }
}

/** `123456` → `"1234.56"`: machine format (Viva's amounts, CSV exports). */
export function centsToEuroString(cents: Cents): string {
  const parts = splitCents(cents)
  return `${parts.negative ? '-' : ''}${parts.euros}.${parts.cents}`
}

/**
 * How staff write an amount, the Greek way: `.` groups thousands, `,` starts
 * the cents. The hint every money field shows is made of examples that
 * parseEuroToCents reads (a unit test holds the two together).
 */
export const EURO_INPUT_EXAMPLES = ['2.500', '2500,00', '1.234,56'] as const
export const EURO_INPUT_HINT = `e.g. ${EURO_INPUT_EXAMPLES.join(', ')}`

/** `123456` → `"1.234,56"`: what a price field starts with, in the notation of its hint. */
export function formatEuroInput(cents: Cents): string {
  return formatMoney(cents, 'el').replace(/\s€$/, '')
}

const GROUPED_INTEGER = { '.': /^\d{1,3}(?:\.\d{3})+$/, ',': /^\d{1,3}(?:,\d{3})+$/ }

/** The whole-euro digits, with thousands separators only where they group by three. */
function wholeEuros(text: string, thousands: '.' | ',' | null, input: string) {
  if (/^\d+$/.test(text)) return text
  if (thousands && GROUPED_INTEGER[thousands].test(text)) return text.replaceAll(thousands, '')
  throw new InvalidAmountError(`"${input}" is not an amount in euros (${EURO_INPUT_HINT})`)
}

/**
 * Parses what staff type into cents, in the notation of EURO_INPUT_HINT:
 * `2.500`, `2500,00`, `1.234,56`, `2500`, `12,5`, with an optional `€` and
 * spaces. Unambiguous other spellings are read too: a decimal point before
 * one or two digits (`1234.56`, `0.1`), and `1,234.56` (both separators: the
 * last one starts the cents).
 *
 * A lone `.` before three digits groups thousands (`2.500` is 2500 €, as in
 * Greek). A lone `,` before three digits (`1,234`) is refused as ambiguous:
 * it is 1234 € written the English way but three decimals written the Greek
 * way, and a price off by a factor of 1000 should stop the form, not be guessed.
 */
export function parseEuroToCents(input: string): Cents {
  if (typeof input !== 'string') {
    throw new InvalidAmountError(`Expected an amount in euros as text, got ${describe(input)}`)
  }
  let text = input.replace(/[\s\u00a0\u202f€]/g, '')
  let negative = false
  if (text.startsWith('-')) {
    negative = true
    text = text.slice(1)
  }
  if (text === '') throw new InvalidAmountError(`"${input}" is not an amount in euros`)

  const lastDot = text.lastIndexOf('.')
  const lastComma = text.lastIndexOf(',')
  let euros: string
  let fraction = ''

  if (lastDot !== -1 && lastComma !== -1) {
    // Both present: the last one is the decimal separator, the other groups thousands.
    const decimal = lastDot > lastComma ? '.' : ','
    const thousands = decimal === '.' ? ',' : '.'
    const at = Math.max(lastDot, lastComma)
    euros = wholeEuros(text.slice(0, at), thousands, input)
    fraction = text.slice(at + 1)
  } else if (lastDot !== -1 || lastComma !== -1) {
    const separator = lastDot !== -1 ? '.' : ','
    const occurrences = text.split(separator).length - 1
    const after = text.slice(text.lastIndexOf(separator) + 1)
    if (occurrences > 1 || (separator === '.' && after.length === 3)) {
      // `1.234.567`, `2.500`: only thousands grouping, no decimals.
      euros = wholeEuros(text, separator, input)
    } else if (after.length === 3 && /^\d+$/.test(after)) {
      const whole = text.replace(separator, '')
      throw new InvalidAmountError(
        `"${input}" is ambiguous (thousands or three decimals?): write ${whole} or ${whole},00`
      )
    } else {
      euros = wholeEuros(text.slice(0, text.lastIndexOf(separator)), null, input)
      fraction = after
    }
  } else {
    euros = wholeEuros(text, null, input)
  }

  if (!/^\d{0,2}$/.test(fraction)) {
    throw new InvalidAmountError(`"${input}" must have at most two decimals (whole cents)`)
  }
  const digits = `${euros}${fraction.padEnd(2, '0')}`.replace(/^0+(?=\d)/, '')
  const cents = Number(digits)
  if (!Number.isSafeInteger(cents)) throw new InvalidAmountError(`"${input}" is too large`)
  return negative && cents !== 0 ? -cents : cents
}

/**
 * Viva reports amounts as euros in JSON numbers (e.g. 1234.56). 1234.56 × 100
 * is 123456.00000000001 in binary floating point, so the value is rounded to
 * the nearest cent, but only after checking it really was a whole number of
 * cents (within 0.001 of a cent): an amount with sub-cent precision means
 * something upstream is wrong and must not be silently rounded into a payment.
 */
export function eurosToCents(euros: number): Cents {
  if (typeof euros !== 'number' || !Number.isFinite(euros)) {
    throw new InvalidAmountError(`Expected an amount in euros, got ${describe(euros)}`)
  }
  const scaled = euros * 100
  const cents = Math.round(scaled)
  if (Math.abs(cents - scaled) > 0.001) {
    throw new InvalidAmountError(`${euros} € is not a whole number of cents`)
  }
  if (!Number.isSafeInteger(cents)) throw new InvalidAmountError(`${euros} € is too large`)
  return cents + 0
}
