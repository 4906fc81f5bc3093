import { test } from '@japa/runner'
import { setTimeout as sleep } from 'node:timers/promises'
import app from '@adonisjs/core/services/app'
import { configProvider } from '@adonisjs/core'
import { Encryption, drivers } from '@adonisjs/core/encryption'
import { rememberSignatures } from '#providers/signed_cookies_provider'

const KEY = 'a-test-key-of-more-than-thirty-two-characters'

/** A verifier as the app's, and a second one that shares nothing with it (no memo). */
async function verifiers() {
  const config = await configProvider.resolve<ConstructorParameters<typeof Encryption>[0]>(
    app,
    drivers.aes256gcm({ id: 'gcm', keys: [KEY] })
  )
  const make = () => new Encryption(config!).getMessageVerifier()
  const remembering = make()
  rememberSignatures(remembering as never)
  return { remembering, plain: make() }
}

/** The signed value with one character of its MAC changed. */
function tampered(signed: string) {
  const last = signed.at(-1) === 'A' ? 'B' : 'A'
  return signed.slice(0, -1) + last
}

test.group('Signed cookies, signed and checked once per value', () => {
  test('sign and unsign answer what the library answers', async ({ assert }) => {
    const { remembering, plain } = await verifiers()
    const signed = remembering.sign('session-id-1', undefined, 'pcmr-session')
    assert.equal(signed, plain.sign('session-id-1', undefined, 'pcmr-session'))
    assert.equal(remembering.sign('session-id-1', undefined, 'pcmr-session'), signed)
    for (let round = 0; round < 2; round++) {
      assert.equal(remembering.unsign(signed, 'pcmr-session'), 'session-id-1')
      assert.isNull(remembering.unsign(signed, 'another-cookie'))
    }
  })

  test('a forged or altered value is refused, before and after the genuine one was seen', async ({
    assert,
  }) => {
    const { remembering } = await verifiers()
    const signed = remembering.sign('session-id-2', undefined, 'pcmr-session')
    assert.isNull(remembering.unsign(tampered(signed), 'pcmr-session'))
    assert.equal(remembering.unsign(signed, 'pcmr-session'), 'session-id-2')
    for (let round = 0; round < 2; round++) {
      assert.isNull(remembering.unsign(tampered(signed), 'pcmr-session'))
      assert.isNull(remembering.unsign(`${signed}x`, 'pcmr-session'))
      assert.isNull(remembering.unsign('not-signed', 'pcmr-session'))
    }
  })

  test('a message that expires is checked every time: once expired, it is refused', async ({
    assert,
  }) => {
    const { remembering } = await verifiers()
    const signed = remembering.sign('short-lived', '1s', 'token')
    assert.equal(remembering.unsign(signed, 'token'), 'short-lived')
    await sleep(1100)
    assert.isNull(remembering.unsign(signed, 'token'))
  })

  test('object values are not shared between callers', async ({ assert }) => {
    const { remembering } = await verifiers()
    const signed = remembering.sign({ cart: [1] }, undefined, 'state')
    const first = remembering.unsign(signed, 'state') as { cart: number[] }
    first.cart.push(2)
    assert.deepEqual(remembering.unsign(signed, 'state'), { cart: [1] })
  })
})
