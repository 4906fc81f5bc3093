import { test } from '@japa/runner'
import {
  CLAIM_CODE_ALPHABET,
  CLAIM_CODE_BITS,
  generateClaimCode,
  normalizeClaimCode,
} from '#domain/claim_code'

test.group('Claim codes', () => {
  test('carry at least 60 bits in four groups of four unambiguous symbols', ({ assert }) => {
    assert.isAtLeast(CLAIM_CODE_BITS, 60)
    for (let index = 0; index < 200; index++) {
      const code = generateClaimCode()
      assert.match(code, /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/)
      assert.notMatch(code, /[ILOU]/)
    }
    assert.lengthOf(CLAIM_CODE_ALPHABET, 32)
  })

  test('do not repeat over 20 000 draws and use the whole alphabet', ({ assert }) => {
    const seen = new Set<string>()
    const symbols = new Map<string, number>()
    for (let index = 0; index < 20_000; index++) {
      const code = generateClaimCode()
      seen.add(code)
      for (const symbol of code.replaceAll('-', ''))
        symbols.set(symbol, (symbols.get(symbol) ?? 0) + 1)
    }
    assert.equal(seen.size, 20_000)
    assert.equal(symbols.size, 32)
    // 320 000 symbols over 32 values: each near 10 000; a biased generator drifts far.
    for (const count of symbols.values()) assert.isAbove(count, 9_000)
  })

  test('normalise what people type', ({ assert }) => {
    assert.equal(normalizeClaimCode('k7qf m2xd 9wna r4tb'), 'K7QF-M2XD-9WNA-R4TB')
    assert.equal(normalizeClaimCode('K7QF-M2XD-9WNA-R4TB'), 'K7QF-M2XD-9WNA-R4TB')
    assert.equal(normalizeClaimCode('OOOO-IIII-LLLL-0000'), '0000-1111-1111-0000')
    assert.isNull(normalizeClaimCode('K7QF-M2XD-9WNA'))
    assert.isNull(normalizeClaimCode('K7QF-M2XD-9WNA-R4TU'))
    assert.isNull(normalizeClaimCode("'; drop table orders; --"))
  })
})
