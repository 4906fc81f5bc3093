import type { ApplicationService } from '@adonisjs/core/types'
import { BoundedMemo } from '#domain/bounded_memo'

/** Enough for every session active at once; beyond, the memo starts over (BoundedMemo). */
const CAPACITY = 10_000

/** A verification the memo must not answer: the message expires, or its value is an object. */
const UNSTABLE = Symbol('unstable')

type Verifier = {
  sign(payload: unknown, expiresIn?: string | number, purpose?: string): string
  unsign(payload: unknown, purpose?: string): unknown
}

/** Whether a signed message (`base64url(json).mac`) carries an expiry date. */
function expires(signed: string) {
  try {
    const encoded = signed.slice(0, signed.indexOf('.'))
    return 'expiryDate' in JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'))
  } catch {
    return false
  }
}

/**
 * Signed cookies (the session id) signed and checked once per value rather
 * than once per request. Every request of a signed-in visitor verifies its
 * session cookie (three HMACs in @boringnode/encryption: the MAC and a
 * constant-time comparison of two more), and every response signs it again,
 * each HMAC preparing its key anew: 8 % of the CPU of a signed-in page under
 * load. For a message without an expiry both are pure functions of the value
 * and APP_KEY, which does not change while the process runs, so a value seen
 * before costs a lookup. Only exact strings already checked are answered from
 * the memo, so nothing unsigned can pass; messages that expire, and values
 * that are objects (which a caller could mutate), are checked every time.
 */
export function rememberSignatures(verifier: Verifier) {
  const sign = verifier.sign.bind(verifier)
  const unsign = verifier.unsign.bind(verifier)
  const signatures = new BoundedMemo<string>(CAPACITY)
  const verifications = new BoundedMemo<unknown>(CAPACITY)

  verifier.sign = (payload, expiresIn, purpose) =>
    typeof payload === 'string' && expiresIn === undefined
      ? signatures.get(`${purpose}\u0000${payload}`, () => sign(payload, expiresIn, purpose))
      : sign(payload, expiresIn, purpose)

  verifier.unsign = (payload, purpose) => {
    if (typeof payload !== 'string') return unsign(payload, purpose)
    const remembered = verifications.get(`${purpose}\u0000${payload}`, () => {
      const value = unsign(payload, purpose)
      const stable = value === null || typeof value !== 'object'
      return stable && !expires(payload) ? value : UNSTABLE
    })
    return remembered === UNSTABLE ? unsign(payload, purpose) : remembered
  }
}

export default class SignedCookiesProvider {
  constructor(protected app: ApplicationService) {}

  async boot() {
    const encryption = await this.app.container.make('encryption')
    rememberSignatures(encryption.getMessageVerifier() as unknown as Verifier)
  }
}
