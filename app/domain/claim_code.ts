import { randomInt } from 'node:crypto'

/*
| Claim codes: what a customer types or clicks to claim a quote.
| 16 symbols of Crockford's base32 alphabet (no I, L, O, U) = 80 bits from the
| CSPRNG (SPEC asks for at least 60), grouped by four: K7QF-M2XD-9WNA-R4TB.
| Input is normalised the Crockford way before lookup: case-insensitive,
| spaces and dashes ignored, O read as 0 and I/L read as 1.
*/
export const CLAIM_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const SYMBOLS = 16
const GROUP = 4

export const CLAIM_CODE_BITS = SYMBOLS * Math.log2(CLAIM_CODE_ALPHABET.length)

function group(symbols: string) {
  return symbols.match(new RegExp(`.{1,${GROUP}}`, 'g'))!.join('-')
}

/** A fresh claim code, e.g. `K7QF-M2XD-9WNA-R4TB`. */
export function generateClaimCode() {
  let symbols = ''
  for (let index = 0; index < SYMBOLS; index++) {
    symbols += CLAIM_CODE_ALPHABET[randomInt(CLAIM_CODE_ALPHABET.length)]
  }
  return group(symbols)
}

/**
 * The canonical form of what someone typed, or null when it cannot be a claim
 * code (so lookups of garbage never reach the database).
 */
export function normalizeClaimCode(input: string) {
  const symbols = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  if (symbols.length !== SYMBOLS) return null
  for (const symbol of symbols) {
    if (!CLAIM_CODE_ALPHABET.includes(symbol)) return null
  }
  return group(symbols)
}
