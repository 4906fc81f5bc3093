import { test } from '@japa/runner'
import { generate, generateSecret } from 'otplib'
import TwoFactorSecret from '#models/two_factor_secret'
import TwoFactorService, {
  checkTotp,
  findRecoveryCode,
  generateRecoveryCodes,
  hashRecoveryCodes,
  timeStepAt,
  TOTP_PERIOD_SECONDS,
} from '#services/two_factor_service'
import { createStaff, enrol } from '#tests/helpers/staff'
import { truncateAllTables } from '#tests/helpers/database'

/** Middle of a time step, so ±n steps never cross a boundary by accident. */
const NOW = 1_763_800_000 - (1_763_800_000 % TOTP_PERIOD_SECONDS) + 15
const codeAt = (secret: string, steps: number) =>
  generate({ secret, epoch: NOW + steps * TOTP_PERIOD_SECONDS })

test.group('TOTP check', () => {
  test('the current code is valid and reports its time step', async ({ assert }) => {
    const secret = generateSecret()
    const result = await checkTotp(secret, await codeAt(secret, 0), { epoch: NOW })
    assert.deepEqual(result, { valid: true, step: timeStepAt(NOW) })
  })

  test('codes one step before or after are accepted (clock drift)', async ({ assert }) => {
    const secret = generateSecret()
    for (const offset of [-1, 1]) {
      const result = await checkTotp(secret, await codeAt(secret, offset), { epoch: NOW })
      assert.deepEqual(result, { valid: true, step: timeStepAt(NOW) + offset }, `offset ${offset}`)
    }
  })

  test('codes two steps away are refused', async ({ assert }) => {
    const secret = generateSecret()
    for (const offset of [-2, 2]) {
      const result = await checkTotp(secret, await codeAt(secret, offset), { epoch: NOW })
      assert.deepEqual(result, { valid: false, reason: 'invalid' }, `offset ${offset}`)
    }
  })

  test('a code of the last used step, or an earlier one, is a replay', async ({ assert }) => {
    const secret = generateSecret()
    const step = timeStepAt(NOW)
    const current = await codeAt(secret, 0)
    assert.deepEqual(await checkTotp(secret, current, { epoch: NOW, lastUsedStep: step }), {
      valid: false,
      reason: 'replayed',
    })
    assert.deepEqual(
      await checkTotp(secret, await codeAt(secret, -1), { epoch: NOW, lastUsedStep: step }),
      { valid: false, reason: 'replayed' }
    )
    // The next step's code is still good.
    assert.deepEqual(
      await checkTotp(secret, await codeAt(secret, 1), { epoch: NOW, lastUsedStep: step }),
      { valid: true, step: step + 1 }
    )
  })

  test('spaces are ignored; other input is malformed', async ({ assert }) => {
    const secret = generateSecret()
    const code = await codeAt(secret, 0)
    const spaced = `${code.slice(0, 3)} ${code.slice(3)}`
    const result = await checkTotp(secret, spaced, { epoch: NOW })
    assert.isTrue(result.valid)
    for (const input of ['', '12345', '1234567', 'abcdef']) {
      assert.deepEqual(await checkTotp(secret, input, { epoch: NOW }), {
        valid: false,
        reason: 'malformed',
      })
    }
  })
})

test.group('Recovery codes', (group) => {
  group.each.timeout(60_000)
  test('ten distinct codes in XXXXX-XXXXX form', ({ assert }) => {
    const codes = generateRecoveryCodes()
    assert.lengthOf(codes, 10)
    assert.lengthOf(new Set(codes), 10)
    for (const code of codes) assert.match(code, /^[A-Z2-9]{5}-[A-Z2-9]{5}$/)
  })

  test('hashes match their code only, whatever the case and separators', async ({ assert }) => {
    const codes = generateRecoveryCodes(3)
    const hashes = await hashRecoveryCodes(codes)
    for (const hashed of hashes) assert.notInclude(codes, hashed)
    assert.equal(await findRecoveryCode(hashes, codes[1]), 1)
    assert.equal(await findRecoveryCode(hashes, codes[2].toLowerCase().replace('-', ' ')), 2)
    assert.equal(await findRecoveryCode(hashes, 'AAAAA-AAAAA'), -1)
    assert.equal(await findRecoveryCode(hashes, 'short'), -1)
  })
})

test.group('Two-factor service (database)', (group) => {
  group.each.setup(() => truncateAllTables())
  // Recovery codes are hashed with scrypt: a few seconds per test.
  group.each.timeout(60_000)
  const service = new TwoFactorService()

  test('enrolment: same secret until confirmed, then enabled with ten recovery codes', async ({
    assert,
  }) => {
    const user = await createStaff()
    const first = await service.beginEnrolment(user)
    const again = await service.beginEnrolment(user)
    assert.equal(first.secret, again.secret)
    assert.match(first.qrCode, /^data:image\/png;base64,/)
    assert.match(first.otpauthUrl, /^otpauth:\/\/totp\//)

    const row = await TwoFactorSecret.findByOrFail('userId', user.id)
    const secret = first.secret.replaceAll(' ', '')
    assert.notInclude(row.secret, secret, 'the secret is stored encrypted')

    const wrong = await service.confirmEnrolment(user, '000000', NOW)
    assert.isFalse(wrong.ok)
    const result = await service.confirmEnrolment(user, await codeAt(secret, 0), NOW)
    assert.isTrue(result.ok)
    if (!result.ok) return
    assert.lengthOf(result.recoveryCodes, 10)

    await row.refresh()
    assert.isNotNull(row.enabledAt)
    assert.equal(Number(row.lastUsedStep), timeStepAt(NOW))
    assert.lengthOf(row.recoveryCodes, 10)
    for (const code of result.recoveryCodes) assert.notInclude(row.recoveryCodes, code)
    // The enrolment code cannot be replayed at the first sign-in.
    assert.deepEqual(await service.verifyChallenge(user, await codeAt(secret, 0), NOW), {
      ok: false,
      reason: 'replayed',
    })
  })

  test('a TOTP code passes once in its time step', async ({ assert }) => {
    const user = await createStaff()
    const secret = await enrol(user)
    const code = await codeAt(secret, 0)
    assert.deepEqual(await service.verifyChallenge(user, code, NOW), { ok: true, method: 'totp' })
    assert.deepEqual(await service.verifyChallenge(user, code, NOW), {
      ok: false,
      reason: 'replayed',
    })
    assert.deepEqual(await service.verifyChallenge(user, await codeAt(secret, 1), NOW + 30), {
      ok: true,
      method: 'totp',
    })
  })

  test('a recovery code works once', async ({ assert }) => {
    const user = await createStaff()
    await enrol(user)
    const codes = await service.regenerateRecoveryCodes(user)

    assert.deepEqual(await service.verifyChallenge(user, codes[3].toLowerCase(), NOW), {
      ok: true,
      method: 'recovery_code',
      remaining: 9,
    })
    assert.deepEqual(await service.verifyChallenge(user, codes[3], NOW), {
      ok: false,
      reason: 'invalid',
    })
    assert.equal(await service.remainingRecoveryCodes(user), 9)

    // Regenerating voids every old code.
    await service.regenerateRecoveryCodes(user)
    assert.deepEqual(await service.verifyChallenge(user, codes[4], NOW), {
      ok: false,
      reason: 'invalid',
    })
  })

  test('without a confirmed enrolment nothing passes; reset forgets it', async ({ assert }) => {
    const user = await createStaff()
    assert.deepEqual(await service.verifyChallenge(user, '123456', NOW), {
      ok: false,
      reason: 'not_enrolled',
    })
    await enrol(user)
    assert.isTrue(await service.isEnabled(user))
    await service.reset(user)
    assert.isFalse(await service.isEnabled(user))
  })
})
