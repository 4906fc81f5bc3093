import { randomInt } from 'node:crypto'
import { DateTime } from 'luxon'
import QRCode from 'qrcode'
import { generateSecret, generateURI, verify } from 'otplib'
import encryption from '@adonisjs/core/services/encryption'
import hash from '@adonisjs/core/services/hash'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import env from '#start/env'
import SecondFactorRefusedError from '#exceptions/second_factor_refused_error'
import TwoFactorSecret from '#models/two_factor_secret'
import type User from '#models/user'
import { secondFactorCounters, TooManyAttemptsError } from '#services/abuse_limits'
import { waitInMinutes } from '#services/form_errors'

/*
| TOTP (RFC 6238) for staff: 6 digits, 30-second steps, SHA-1, what every
| authenticator app expects. A code is accepted one step either side of now
| (clock drift), and never twice: the step of the last accepted code is stored
| (two_factor_secrets.last_used_step) and any code of that step or an earlier
| one is refused afterwards. Recovery codes are single use and kept as hashes.
*/

export const TOTP_PERIOD_SECONDS = 30
/** Steps accepted either side of the current one. */
export const TOTP_WINDOW_STEPS = 1
export const RECOVERY_CODE_COUNT = 10

/** No 0/O, 1/I/L, U: easy to read back from paper. */
const RECOVERY_ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789'
const RECOVERY_CODE_LENGTH = 10

export type TotpCheck =
  { valid: true; step: number } | { valid: false; reason: 'malformed' | 'invalid' | 'replayed' }

export type ChallengeResult =
  | { ok: true; method: 'totp' }
  | { ok: true; method: 'recovery_code'; remaining: number }
  | { ok: false; reason: 'malformed' | 'invalid' | 'replayed' | 'not_enrolled' }

export function nowInSeconds() {
  return Math.floor(Date.now() / 1000)
}

export function timeStepAt(epochSeconds: number) {
  return Math.floor(epochSeconds / TOTP_PERIOD_SECONDS)
}

/** Digits only ("123 456" and "123-456" are what people type). */
export function normalizeTotpCode(input: string) {
  return input.replace(/[\s-]/g, '')
}

export function looksLikeTotpCode(input: string) {
  return /^\d{6}$/.test(normalizeTotpCode(input))
}

/** Upper case, separators dropped: "abcde-fghjk" and "ABCDE FGHJK" are one code. */
export function normalizeRecoveryCode(input: string) {
  return input.toUpperCase().replace(/[^A-Z0-9]/g, '')
}

/** Ten fresh codes shown to the user as `XXXXX-XXXXX` (about 49 bits each). */
export function generateRecoveryCodes(count = RECOVERY_CODE_COUNT) {
  return Array.from({ length: count }, () => {
    let code = ''
    for (let index = 0; index < RECOVERY_CODE_LENGTH; index++) {
      code += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]
    }
    return `${code.slice(0, 5)}-${code.slice(5)}`
  })
}

export function hashRecoveryCodes(codes: string[]) {
  return Promise.all(codes.map((code) => hash.make(normalizeRecoveryCode(code))))
}

/**
 * Index of the hash matching `code` in `hashes`, or -1. (Stopping at the
 * match only tells how many hashes came first, which is no secret.)
 */
export async function findRecoveryCode(hashes: string[], code: string) {
  const normalized = normalizeRecoveryCode(code)
  if (normalized.length !== RECOVERY_CODE_LENGTH) return -1
  for (const [index, hashed] of hashes.entries()) {
    if (await hash.verify(hashed, normalized)) return index
  }
  return -1
}

/**
 * Checks a TOTP code against a (clear) secret at `epoch` (seconds, default
 * now): valid within ±1 step, refused as "replayed" when its step is not
 * after `lastUsedStep`.
 */
export async function checkTotp(
  secret: string,
  code: string,
  options: { lastUsedStep?: number | null; epoch?: number } = {}
): Promise<TotpCheck> {
  const token = normalizeTotpCode(code)
  if (!/^\d{6}$/.test(token)) return { valid: false, reason: 'malformed' }
  const result = await verify({
    secret,
    token,
    epoch: options.epoch ?? nowInSeconds(),
    period: TOTP_PERIOD_SECONDS,
    epochTolerance: TOTP_WINDOW_STEPS * TOTP_PERIOD_SECONDS,
  })
  if (!result.valid || !('timeStep' in result)) return { valid: false, reason: 'invalid' }
  const lastUsedStep = options.lastUsedStep ?? null
  if (lastUsedStep !== null && result.timeStep <= lastUsedStep) {
    return { valid: false, reason: 'replayed' }
  }
  return { valid: true, step: result.timeStep }
}

function issuer() {
  return env.get('APP_NAME') || 'PCMR'
}

function storedStep(row: TwoFactorSecret) {
  // bigint columns come back from pg as strings.
  return row.lastUsedStep === null || row.lastUsedStep === undefined
    ? null
    : Number(row.lastUsedStep)
}

/**
 * The jsonb column is written as JSON text: node-postgres would send a JS
 * array as a PostgreSQL array literal, which jsonb refuses.
 */
async function storeRecoveryHashes(
  trx: TransactionClientContract,
  rowId: number,
  hashes: string[]
) {
  await trx
    .from('two_factor_secrets')
    .where('id', rowId)
    .update({ recovery_codes: JSON.stringify(hashes), updated_at: new Date() })
}

export interface Enrolment {
  /** Base32 secret, for typing into the app by hand. */
  secret: string
  /** otpauth:// URI the QR code holds. */
  otpauthUrl: string
  /** The QR code as a PNG data URL. */
  qrCode: string
}

export default class TwoFactorService {
  findFor(user: User, client?: TransactionClientContract) {
    return TwoFactorSecret.query(client ? { client } : {})
      .where('userId', user.id)
      .first()
  }

  async isEnabled(user: User) {
    const row = await this.findFor(user)
    return Boolean(row?.enabledAt)
  }

  /**
   * The secret the user is enrolling with: created on the first visit, the same
   * one on reloads until confirmed. Refused once 2FA is enabled.
   */
  async beginEnrolment(user: User): Promise<Enrolment> {
    let row = await this.findFor(user)
    if (row?.enabledAt) throw new Error('Two-factor authentication is already enabled')
    if (!row) {
      row = await TwoFactorSecret.create({
        userId: user.id,
        secret: encryption.encrypt(generateSecret()),
        enabledAt: null,
        lastUsedStep: null,
      })
    }
    const secret = this.#decrypt(row)
    const otpauthUrl = generateURI({
      issuer: issuer(),
      label: user.email,
      secret,
      period: TOTP_PERIOD_SECONDS,
    })
    const qrCode = await QRCode.toDataURL(otpauthUrl, { margin: 1, width: 240 })
    return { secret: secret.replace(/(.{4})(?=.)/g, '$1 '), otpauthUrl, qrCode }
  }

  /**
   * Confirms the enrolment with a current code: enables 2FA and returns the
   * ten recovery codes in clear, the only time they exist outside the user's hands.
   */
  async confirmEnrolment(
    user: User,
    code: string,
    epoch = nowInSeconds()
  ): Promise<{ ok: true; recoveryCodes: string[] } | { ok: false; reason: TotpFailure }> {
    const recoveryCodes = generateRecoveryCodes()
    const hashes = await hashRecoveryCodes(recoveryCodes)
    return db.transaction(async (trx) => {
      const row = await TwoFactorSecret.query({ client: trx })
        .where('userId', user.id)
        .forUpdate()
        .first()
      if (!row) return { ok: false as const, reason: 'not_enrolled' as const }
      if (row.enabledAt) return { ok: false as const, reason: 'invalid' as const }
      const check = await checkTotp(this.#decrypt(row), code, {
        lastUsedStep: storedStep(row),
        epoch,
      })
      if (!check.valid) return { ok: false as const, reason: check.reason }
      row.enabledAt = DateTime.now()
      row.lastUsedStep = check.step
      await row.save()
      await storeRecoveryHashes(trx, row.id, hashes)
      return { ok: true as const, recoveryCodes }
    })
  }

  /**
   * The second factor at login: a TOTP code (6 digits) or a recovery code.
   * The row lock makes two concurrent uses of one code yield one success.
   */
  async verifyChallenge(
    user: User,
    input: string,
    epoch = nowInSeconds()
  ): Promise<ChallengeResult> {
    return db.transaction(async (trx) => {
      const row = await TwoFactorSecret.query({ client: trx })
        .where('userId', user.id)
        .forUpdate()
        .first()
      if (!row?.enabledAt) return { ok: false, reason: 'not_enrolled' }

      if (looksLikeTotpCode(input)) {
        const check = await checkTotp(this.#decrypt(row), input, {
          lastUsedStep: storedStep(row),
          epoch,
        })
        if (!check.valid) return { ok: false, reason: check.reason }
        row.lastUsedStep = check.step
        await row.save()
        return { ok: true, method: 'totp' }
      }

      const hashes = [...(row.recoveryCodes ?? [])]
      const index = await findRecoveryCode(hashes, input)
      if (index === -1) {
        const malformed = normalizeRecoveryCode(input).length !== RECOVERY_CODE_LENGTH
        return { ok: false, reason: malformed ? 'malformed' : 'invalid' }
      }
      hashes.splice(index, 1)
      await storeRecoveryHashes(trx, row.id, hashes)
      return { ok: true, method: 'recovery_code', remaining: hashes.length }
    })
  }

  /**
   * The challenge of a sign-in, throttled: wrong codes count per user (5 per
   * 5 minutes, then blocked for 15). A wrong or blocked attempt is refused
   * with SecondFactorRefusedError (a form error on `code`).
   */
  passChallenge(user: User, code: string) {
    return this.#throttled(user, () => this.verifyChallenge(user, code))
  }

  /** The enrolment's confirming code, throttled like the challenge; returns the recovery codes. */
  async completeEnrolment(user: User, code: string) {
    const result = await this.#throttled(user, () => this.confirmEnrolment(user, code))
    return result.recoveryCodes
  }

  /** Runs `attempt` unless the user's counters are full; a refused code counts as a failure. */
  async #throttled<T extends { ok: true }>(
    user: User,
    attempt: () => Promise<T | { ok: false; reason: TotpFailure }>
  ): Promise<T> {
    try {
      return await secondFactorCounters(user.id).guard(
        async () => {
          const result = await attempt()
          if (!result.ok) throw new SecondFactorRefusedError(TOTP_FAILURE_MESSAGES[result.reason])
          return result
        },
        (error) => error instanceof SecondFactorRefusedError
      )
    } catch (error) {
      if (!(error instanceof TooManyAttemptsError)) throw error
      throw new SecondFactorRefusedError(
        `Too many wrong codes. Try again in ${waitInMinutes('en', error.retryAfterSeconds)}.`
      )
    }
  }

  /** Replaces every recovery code with ten new ones (returned in clear, once). */
  async regenerateRecoveryCodes(user: User) {
    const recoveryCodes = generateRecoveryCodes()
    const hashes = await hashRecoveryCodes(recoveryCodes)
    await db.transaction(async (trx) => {
      const row = await this.findFor(user, trx)
      if (!row?.enabledAt) throw new Error('Two-factor authentication is not enabled')
      await storeRecoveryHashes(trx, row.id, hashes)
    })
    return recoveryCodes
  }

  async remainingRecoveryCodes(user: User) {
    const row = await this.findFor(user)
    return row?.recoveryCodes?.length ?? 0
  }

  /** Forgets the enrolment: the user enrols again at their next login. */
  async reset(user: User, client?: TransactionClientContract) {
    await TwoFactorSecret.query(client ? { client } : {})
      .where('userId', user.id)
      .delete()
  }

  #decrypt(row: TwoFactorSecret) {
    const secret = encryption.decrypt<string>(row.secret)
    if (!secret)
      throw new Error(`Cannot decrypt the TOTP secret of user ${row.userId} (APP_KEY changed?)`)
    return secret
  }
}

export type TotpFailure = 'malformed' | 'invalid' | 'replayed' | 'not_enrolled'

/** What to tell the user for each refusal. */
const TOTP_FAILURE_MESSAGES: Record<TotpFailure, string> = {
  malformed: 'Enter the 6-digit code from your authenticator app, or a recovery code.',
  invalid: 'That code is not valid. Check the time on your phone and try the current code.',
  replayed: 'That code has already been used. Wait for the next code in your app.',
  not_enrolled: 'Two-factor authentication is not set up for this account.',
}
