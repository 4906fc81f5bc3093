import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { formatDay, formatMoment, formatMonth } from '#domain/date_format'

test.group('Date format (Europe/Athens)', () => {
  test('a moment reads in Athens time whatever zone it comes in', ({ assert }) => {
    // 22:30 UTC on 23 Nov is 00:30 on 24 Nov in Athens (UTC+2 in winter).
    const utc = DateTime.fromISO('2026-11-23T22:30:00Z', { zone: 'utc' })
    assert.equal(formatMoment(utc), '24 Nov 2026, 00:30')
    assert.equal(formatMoment(utc.setZone('America/New_York')), '24 Nov 2026, 00:30')
    assert.equal(formatDay(utc), '24 Nov 2026')
    // Summer time: UTC+3.
    assert.equal(formatMoment(DateTime.fromISO('2026-07-01T21:15:00Z')), '2 Jul 2026, 00:15')
  })

  test('a calendar day and a month stay the day and month they name', ({ assert }) => {
    assert.equal(formatDay('2026-03-01'), '1 Mar 2026')
    assert.equal(formatMonth('2026-03'), 'Mar 2026')
    assert.equal(formatMonth('2026-12'), 'Dec 2026')
  })

  test('Greek readers get Greek month names', ({ assert }) => {
    assert.match(formatDay('2026-03-01', 'el'), /^1 Μαρ/)
  })

  test('a date formatted again reads the same, per language and pattern', ({ assert }) => {
    // Remembered results (date_format.ts) are keyed by language, pattern and value.
    const moment = DateTime.fromISO('2026-03-01T10:05:00Z')
    for (let round = 0; round < 2; round++) {
      assert.equal(formatMoment(moment), '1 Mar 2026, 12:05')
      assert.match(formatMoment(moment, 'el'), /^1 Μαρ 2026, 12:05$/)
      assert.equal(formatDay(moment), '1 Mar 2026')
      assert.equal(formatDay('2026-03-02'), '2 Mar 2026')
      assert.equal(formatMonth('2026-03-02'), 'Mar 2026')
    }
  })
})
