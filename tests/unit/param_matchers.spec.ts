import { test } from '@japa/runner'
import {
  databaseIdMatcher,
  MAX_DATABASE_ID,
  positiveIntegerUpTo,
} from '#start/routes/param_matchers'

test.group('Route param matchers: database ids', () => {
  test('an id matches from 1 up to PostgreSQL’s largest integer, and nothing beyond', ({
    assert,
  }) => {
    const { match } = databaseIdMatcher
    for (const id of ['1', '9', '10', '999999999', '1000000000', '2147483646', '2147483647']) {
      assert.isTrue(match.test(id), id)
    }
    for (const id of ['0', '01', '-1', '1.5', '1e3', 'abc', '2147483648', '2147483650']) {
      assert.isFalse(match.test(id), id)
    }
    assert.isFalse(match.test('3000000000'))
    assert.isFalse(match.test('9'.repeat(400)))
    assert.equal(MAX_DATABASE_ID, 2 ** 31 - 1)
    assert.strictEqual(databaseIdMatcher.cast('42'), 42)
  })

  test('positiveIntegerUpTo agrees with a plain comparison for every value around each digit', ({
    assert,
  }) => {
    for (const max of [7, 10, 99, 100, 305, 2147483647]) {
      const pattern = positiveIntegerUpTo(max)
      const probes = new Set<number>([1, max - 1, max, max + 1, max * 10])
      for (let power = 1; power <= max * 10; power *= 10) {
        for (const delta of [-1, 0, 1]) probes.add(power + delta)
      }
      for (const value of probes) {
        if (value < 1) continue
        assert.equal(pattern.test(String(value)), value <= max, `${value} against ${max}`)
      }
    }
    // Exhaustive over a small range.
    const small = positiveIntegerUpTo(305)
    for (let value = 1; value <= 1000; value++) {
      assert.equal(small.test(String(value)), value <= 305, String(value))
    }
  })
})
