import { test } from '@japa/runner'
import {
  addCents,
  assertCents,
  assertNonNegativeCents,
  centsToEuroString,
  DEFAULT_VAT_RATE_BP,
  EURO_INPUT_EXAMPLES,
  EURO_INPUT_HINT,
  eurosToCents,
  formatEuroInput,
  formatMoney,
  formatOrderTotals,
  formatVatRate,
  InvalidAmountError,
  InvalidCentsError,
  multiplyCents,
  orderTotals,
  parseEuroToCents,
  sumCents,
  vatBreakdown,
} from '#domain/money'
import { errorOf } from '#tests/helpers/errors'

test.group('Money / integer cents', () => {
  test('add, sum and multiply exactly', ({ assert }) => {
    assert.equal(addCents(), 0)
    assert.equal(addCents(1999, 1, -500), 1500)
    assert.equal(sumCents([10, 20, 30]), 60)
    assert.equal(sumCents(new Set([5, 7])), 12)
    assert.equal(multiplyCents(1999, 3), 5997)
    assert.equal(multiplyCents(1999, 0), 0)
    assert.equal(multiplyCents(-250, 2), -500)
    // The float trap these helpers exist for: 0.1 + 0.2 euros.
    assert.equal(addCents(10, 20), 30)
    // 0,01 € a million times stays exact.
    assert.equal(sumCents(Array.from({ length: 1_000_000 }, () => 1)), 1_000_000)
  })

  test('refuse what is not whole cents', ({ assert }) => {
    assert.throws(() => assertCents(12.5), InvalidCentsError, /safe integer number of cents/)
    assert.throws(() => assertCents(Number.NaN), InvalidCentsError)
    assert.throws(() => assertCents(Number.POSITIVE_INFINITY), InvalidCentsError)
    assert.throws(() => assertCents('100'), InvalidCentsError, /string "100"/)
    assert.throws(() => assertCents(2 ** 53), InvalidCentsError)
    assert.doesNotThrow(() => assertCents(-100))
    assert.doesNotThrow(() => assertCents(0))

    assert.throws(() => assertNonNegativeCents(-1, 'price'), InvalidCentsError, /price.*negative/)
    assert.throws(() => assertNonNegativeCents(0.5), InvalidCentsError)
    assert.doesNotThrow(() => assertNonNegativeCents(0))

    assert.throws(() => addCents(100, 0.1), InvalidCentsError)
    assert.throws(() => sumCents([Number.MAX_SAFE_INTEGER, 1]), InvalidCentsError, /overflows/)
    assert.throws(() => multiplyCents(100, 1.5), InvalidCentsError, /quantity/)
    assert.throws(() => multiplyCents(100, -1), InvalidCentsError, /quantity/)
    assert.throws(() => multiplyCents(19.99, 2), InvalidCentsError, /unit price/)
    assert.throws(() => multiplyCents(Number.MAX_SAFE_INTEGER, 2), InvalidCentsError, /overflows/)
  })
})

test.group('Money / VAT breakdown of one amount', () => {
  test('the default rate is the Greek 24 %', ({ assert }) => {
    assert.equal(DEFAULT_VAT_RATE_BP, 2400)
  })

  /*
   * Expected values worked out by hand: net = gross × 10000 / (10000 + rate),
   * rounded half up (away from zero), vat = gross − net. At 24 % that is
   * gross × 25 / 31, so e.g. 13 → 325/31 = 10.48… → 10 and 18 → 450/31 = 14.52… → 15.
   * Exact halves need an even denominator: 20 % gives ×5/6, 60 % ×5/8, 100 % ×1/2.
   */
  test('{gross} cents at {rateBp} bp → net {net}, vat {vat}')
    .with([
      { gross: 124_00, rateBp: 2400, net: 100_00, vat: 24_00 },
      { gross: 1, rateBp: 2400, net: 1, vat: 0 },
      { gross: 2, rateBp: 2400, net: 2, vat: 0 },
      { gross: 99_99, rateBp: 2400, net: 80_64, vat: 19_35 },
      { gross: 0, rateBp: 2400, net: 0, vat: 0 },
      { gross: 13, rateBp: 2400, net: 10, vat: 3 },
      { gross: 18, rateBp: 2400, net: 15, vat: 3 },
      { gross: 1999, rateBp: 2400, net: 1612, vat: 387 },
      { gross: 226_00, rateBp: 1300, net: 200_00, vat: 26_00 },
      { gross: 106_00, rateBp: 600, net: 100_00, vat: 6_00 },
      { gross: 500, rateBp: 0, net: 500, vat: 0 },
      // Exact halves round up …
      { gross: 3, rateBp: 2000, net: 3, vat: 0 },
      { gross: 9, rateBp: 2000, net: 8, vat: 1 },
      { gross: 4, rateBp: 6000, net: 3, vat: 1 },
      { gross: 1, rateBp: 10000, net: 1, vat: 0 },
      { gross: 3, rateBp: 10000, net: 2, vat: 1 },
      // … anything below a half rounds down (5 × 5/6 = 4.17).
      { gross: 5, rateBp: 2000, net: 4, vat: 1 },
      // Negative amounts mirror positive ones (half away from zero).
      { gross: -3, rateBp: 2000, net: -3, vat: 0 },
      { gross: -124_00, rateBp: 2400, net: -100_00, vat: -24_00 },
      // Large amounts stay exact (BigInt, no float division).
      {
        gross: 1_240_000_000_000_000,
        rateBp: 2400,
        net: 1_000_000_000_000_000,
        vat: 240_000_000_000_000,
      },
    ])
    .run(({ assert }, row) => {
      const result = vatBreakdown(row.gross, row.rateBp)
      assert.deepEqual(result, { gross: row.gross, net: row.net, vat: row.vat })
      assert.equal(result.net + result.vat, result.gross)
      assert.isFalse(Object.is(result.net, -0) || Object.is(result.vat, -0))
    })

  test('net + vat === gross for every amount up to 50 € and the largest safe amount', ({
    assert,
  }) => {
    for (const rateBp of [2400, 1300, 600, 0, 1700, 2000]) {
      for (let gross = 0; gross <= 50_00; gross++) {
        const { net, vat } = vatBreakdown(gross, rateBp)
        assert.equal(net + vat, gross)
        assert.isAtLeast(vat, 0)
        // VAT is never more than the rate of the net (plus the half cent of rounding).
        assert.isAtMost(Math.abs(vat * 10000 - net * rateBp), 10000 + rateBp)
      }
    }
    const largest = vatBreakdown(Number.MAX_SAFE_INTEGER, 2400)
    assert.equal(largest.net + largest.vat, Number.MAX_SAFE_INTEGER)
    assert.isTrue(Number.isSafeInteger(largest.net))
  })

  test('refuse rates that are not integer basis points in 0..10000', ({ assert }) => {
    // 24 bp is 0.24 %: unusual but a valid rate.
    assert.doesNotThrow(() => vatBreakdown(100, 24))
    assert.doesNotThrow(() => vatBreakdown(100, 10000))
    assert.throws(() => vatBreakdown(100, 0.24), InvalidCentsError, /basis points/)
    assert.throws(() => vatBreakdown(100, -100), InvalidCentsError, /basis points/)
    assert.throws(() => vatBreakdown(100, 10001), InvalidCentsError, /basis points/)
    assert.throws(() => vatBreakdown(1.5, 2400), InvalidCentsError)
  })
})

test.group('Money / order totals', () => {
  test('no lines → zero', ({ assert }) => {
    assert.deepEqual(orderTotals([]), { gross: 0, net: 0, vat: 0, byRate: [] })
  })

  test('gross is the exact sum of unit × quantity', ({ assert }) => {
    const totals = orderTotals([
      { unitPriceCents: 329_90, quantity: 1, vatRateBp: 2400 },
      { unitPriceCents: 89_99, quantity: 2, vatRateBp: 2400 },
      { unitPriceCents: 19_99, quantity: 4, vatRateBp: 2400 },
    ])
    assert.equal(totals.gross, 329_90 + 2 * 89_99 + 4 * 19_99)
    assert.equal(totals.net + totals.vat, totals.gross)
    assert.lengthOf(totals.byRate, 1)
  })

  test('1000 lines of 0,01 € are rounded once, not 1000 times', ({ assert }) => {
    const lines = Array.from({ length: 1000 }, () => ({
      unitPriceCents: 1,
      quantity: 1,
      vatRateBp: 2400,
    }))
    const totals = orderTotals(lines)
    // 1000 × 25/31 = 806.45… → 806; per line each 0,01 € would round to net 1, vat 0.
    assert.deepEqual(totals, {
      gross: 10_00,
      net: 8_06,
      vat: 1_94,
      byRate: [{ rateBp: 2400, gross: 10_00, net: 8_06, vat: 1_94 }],
    })
    const perLineVat = sumCents(lines.map((line) => vatBreakdown(line.unitPriceCents, 2400).vat))
    assert.equal(perLineVat, 0, 'per-line rounding loses all the VAT')
    assert.deepEqual(
      { net: totals.net, vat: totals.vat },
      { net: vatBreakdown(10_00, 2400).net, vat: vatBreakdown(10_00, 2400).vat }
    )
  })

  test('1000 lines of 19,99 € match the breakdown of their summed gross', ({ assert }) => {
    const lines = Array.from({ length: 1000 }, () => ({
      unitPriceCents: 19_99,
      quantity: 1,
      vatRateBp: 2400,
    }))
    const totals = orderTotals(lines)
    // 1 999 000 × 25/31 = 1 612 096.77… → 1 612 097; per line it would be 1612 × 1000.
    assert.equal(totals.gross, 19_990_00)
    assert.equal(totals.net, 16_120_97)
    assert.equal(totals.vat, 3_869_03)
    assert.equal(totals.net + totals.vat, totals.gross)
    const perLineNet = sumCents(lines.map((line) => vatBreakdown(line.unitPriceCents, 2400).net))
    assert.equal(perLineNet, 16_120_00)
    // The same order as one line of quantity 1000 gives the same totals.
    assert.deepEqual(
      orderTotals([{ unitPriceCents: 19_99, quantity: 1000, vatRateBp: 2400 }]),
      totals
    )
  })

  test('mixed rates are broken down per rate, highest rate first', ({ assert }) => {
    const totals = orderTotals([
      { unitPriceCents: 500, quantity: 3, vatRateBp: 0 },
      { unitPriceCents: 113_00, quantity: 2, vatRateBp: 1300 },
      { unitPriceCents: 124_00, quantity: 1, vatRateBp: 2400 },
      { unitPriceCents: 106_00, quantity: 1, vatRateBp: 600 },
    ])
    assert.deepEqual(totals, {
      gross: 471_00,
      net: 415_00,
      vat: 56_00,
      byRate: [
        { rateBp: 2400, gross: 124_00, net: 100_00, vat: 24_00 },
        { rateBp: 1300, gross: 226_00, net: 200_00, vat: 26_00 },
        { rateBp: 600, gross: 106_00, net: 100_00, vat: 6_00 },
        { rateBp: 0, gross: 15_00, net: 15_00, vat: 0 },
      ],
    })
  })

  test('mixed rates with rounding: each rate rounds once, totals still add up', ({ assert }) => {
    const totals = orderTotals([
      { unitPriceCents: 13, quantity: 1, vatRateBp: 2400 },
      { unitPriceCents: 18, quantity: 1, vatRateBp: 2400 },
      { unitPriceCents: 1, quantity: 7, vatRateBp: 1300 },
      { unitPriceCents: 1, quantity: 3, vatRateBp: 600 },
    ])
    // 24 %: 31 → net 25, vat 6 (per line it would be 10+15 = 25 too, vat 3+3).
    // 13 %: 7 × 100/113 = 6.19 → 6, vat 1.  6 %: 3 × 100/106 = 2.83 → 3, vat 0.
    assert.deepEqual(totals.byRate, [
      { rateBp: 2400, gross: 31, net: 25, vat: 6 },
      { rateBp: 1300, gross: 7, net: 6, vat: 1 },
      { rateBp: 600, gross: 3, net: 3, vat: 0 },
    ])
    assert.deepEqual(
      { gross: totals.gross, net: totals.net, vat: totals.vat },
      {
        gross: 41,
        net: 34,
        vat: 7,
      }
    )
  })

  test('refuse lines that are not integer cents', ({ assert }) => {
    assert.throws(
      () => orderTotals([{ unitPriceCents: 19.99, quantity: 1, vatRateBp: 2400 }]),
      InvalidCentsError
    )
    assert.throws(
      () => orderTotals([{ unitPriceCents: 1999, quantity: 1.5, vatRateBp: 2400 }]),
      InvalidCentsError
    )
    assert.throws(
      () => orderTotals([{ unitPriceCents: 1999, quantity: 1, vatRateBp: 0.24 }]),
      InvalidCentsError
    )
  })
})

test.group('Money / formatting', () => {
  test('{cents} → "{el}" (el) and "{en}" (en)')
    .with([
      { cents: 0, el: '0,00 €', en: '€0.00' },
      { cents: 5, el: '0,05 €', en: '€0.05' },
      { cents: 50, el: '0,50 €', en: '€0.50' },
      { cents: 100, el: '1,00 €', en: '€1.00' },
      { cents: 99_999, el: '999,99 €', en: '€999.99' },
      { cents: 100_000, el: '1.000,00 €', en: '€1,000.00' },
      { cents: 123_456, el: '1.234,56 €', en: '€1,234.56' },
      { cents: 123_456_789, el: '1.234.567,89 €', en: '€1,234,567.89' },
      { cents: -5, el: '-0,05 €', en: '-€0.05' },
      { cents: -123_456, el: '-1.234,56 €', en: '-€1,234.56' },
      { cents: -0, el: '0,00 €', en: '€0.00' },
      {
        cents: Number.MAX_SAFE_INTEGER,
        el: '90.071.992.547.409,91 €',
        en: '€90,071,992,547,409.91',
      },
    ])
    .run(({ assert }, row) => {
      assert.strictEqual(formatMoney(row.cents, 'el'), row.el)
      assert.strictEqual(formatMoney(row.cents, 'en'), row.en)
    })

  test('the space before € is a plain space', ({ assert }) => {
    assert.equal(formatMoney(123_456, 'el').charCodeAt(8), 0x20)
  })

  test('machine strings', ({ assert }) => {
    assert.equal(centsToEuroString(123_456), '1234.56')
    assert.equal(centsToEuroString(0), '0.00')
    assert.equal(centsToEuroString(7), '0.07')
    assert.equal(centsToEuroString(-1050), '-10.50')
    assert.throws(() => centsToEuroString(Number.NaN), InvalidCentsError)
  })

  test('input strings', ({ assert }) => {
    assert.equal(formatEuroInput(0), '0,00')
    assert.equal(formatEuroInput(-1050), '-10,50')
    assert.throws(() => formatMoney(1.5, 'el'), InvalidCentsError)
    assert.throws(() => formatEuroInput(Number.NaN), InvalidCentsError)
  })
})

test.group('Money / parsing staff input', () => {
  test('"{input}" → {cents}')
    .with([
      { input: '1234,56', cents: 123_456 },
      { input: '1234.56', cents: 123_456 },
      { input: '1.234,56', cents: 123_456 },
      { input: '1,234.56', cents: 123_456 },
      { input: '1.234.567,89', cents: 123_456_789 },
      { input: '1.234.567', cents: 123_456_700 },
      { input: '1234', cents: 123_400 },
      { input: '12,5', cents: 1250 },
      { input: '0,05', cents: 5 },
      { input: '0.1', cents: 10 },
      { input: ' 1.234,56 € ', cents: 123_456 },
      { input: '€1,234.56', cents: 123_456 },
      { input: '1 234,56', cents: 123_456 },
      { input: '-10,50', cents: -1050 },
      { input: '0', cents: 0 },
      { input: '-0,00', cents: 0 },
      { input: '007,00', cents: 700 },
      // Greek thousands: a lone dot before three digits groups them.
      { input: '2.500', cents: 250_000 },
      { input: '1.234', cents: 123_400 },
      { input: '2500,00', cents: 250_000 },
      { input: '2.500,00', cents: 250_000 },
    ])
    .run(({ assert }, row) => {
      const cents = parseEuroToCents(row.input)
      assert.strictEqual(cents, row.cents)
      assert.isFalse(Object.is(cents, -0))
    })

  test('"{input}" is refused')
    .with([
      { input: '' },
      { input: '€' },
      { input: '-' },
      { input: 'abc' },
      { input: '12a' },
      { input: '1,234' },
      { input: '12,345' },
      { input: '1,2345' },
      { input: '1.234,567' },
      { input: '12.34.56' },
      { input: '1234.567,00' },
      { input: '1.23,45' },
      { input: ',50' },
      { input: '1,,50' },
      { input: '--5' },
      { input: '1e3' },
      { input: '99999999999999999' },
    ])
    .run(({ assert }, row) => {
      assert.throws(() => parseEuroToCents(row.input), InvalidAmountError)
    })

  test('errors are clear and carry a 422', async ({ assert }) => {
    const error = await errorOf(() => parseEuroToCents('1,234'))
    assert.instanceOf(error, InvalidAmountError)
    assert.equal(error.status, 422)
    assert.equal(error.code, 'E_INVALID_AMOUNT')
    assert.include(error.message, 'ambiguous')
    assert.include(error.message, '1234,00')
    assert.throws(() => parseEuroToCents('12,345'), /ambiguous/)
    assert.throws(() => parseEuroToCents('1,2345'), /at most two decimals/)
  })

  test('format → parse round trips in both locales', ({ assert }) => {
    for (const cents of [0, 5, 99, 100, 1999, 123_456, 100_000_00, 123_456_789, -1050]) {
      assert.equal(parseEuroToCents(formatMoney(cents, 'el')), cents)
      assert.equal(parseEuroToCents(formatMoney(cents, 'en')), cents)
      assert.equal(parseEuroToCents(formatEuroInput(cents)), cents)
      assert.equal(parseEuroToCents(centsToEuroString(cents)), cents)
    }
  })

  test("every example of the money fields' hint is read as written", ({ assert }) => {
    assert.deepEqual(
      EURO_INPUT_EXAMPLES.map((example) => parseEuroToCents(example)),
      [250_000, 250_000, 123_456]
    )
    for (const example of EURO_INPUT_EXAMPLES) assert.include(EURO_INPUT_HINT, example)
  })

  test('a price field starts with the notation of its hint', ({ assert }) => {
    assert.equal(formatEuroInput(123_456), '1.234,56')
    assert.equal(formatEuroInput(250_000), '2.500,00')
    assert.equal(formatEuroInput(7), '0,07')
  })
})

test.group('Money / euros from Viva', () => {
  test('euro amounts become exact cents', ({ assert }) => {
    assert.strictEqual(eurosToCents(1234.56), 123_456)
    assert.strictEqual(eurosToCents(0.1 + 0.2), 30)
    assert.strictEqual(eurosToCents(19.99), 1999)
    assert.strictEqual(eurosToCents(0), 0)
    assert.strictEqual(eurosToCents(-12.5), -1250)
    assert.strictEqual(eurosToCents(4_999_999.99), 499_999_999)
  })

  test('sub-cent precision and non-numbers are refused', ({ assert }) => {
    assert.throws(() => eurosToCents(1.234), InvalidAmountError, /whole number of cents/)
    assert.throws(() => eurosToCents(0.005), InvalidAmountError)
    assert.throws(() => eurosToCents(1.005), InvalidAmountError)
    assert.throws(() => eurosToCents(Number.NaN), InvalidAmountError)
    assert.throws(() => eurosToCents(Number.POSITIVE_INFINITY), InvalidAmountError)
    assert.throws(() => eurosToCents('12.50' as unknown as number), InvalidAmountError)
  })
})

test.group('Money: formatted totals', () => {
  test('rates and every amount of the totals, per locale', ({ assert }) => {
    assert.equal(formatVatRate(2400), '24%')
    assert.equal(formatVatRate(550), '5.5%')
    const totals = orderTotals([
      { unitPriceCents: 47_900, quantity: 1, vatRateBp: 2400 },
      { unitPriceCents: 4550, quantity: 1, vatRateBp: 1300 },
    ])
    assert.deepEqual(formatOrderTotals(totals, 'en'), {
      net: '€426.56',
      vat: '€97.94',
      gross: '€524.50',
      byRate: [
        { rate: '24%', net: '€386.29', vat: '€92.71', gross: '€479.00' },
        { rate: '13%', net: '€40.27', vat: '€5.23', gross: '€45.50' },
      ],
    })
    assert.equal(formatOrderTotals(totals, 'el').gross, '524,50 €')
  })
})
