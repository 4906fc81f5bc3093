import { createHash, randomBytes } from 'node:crypto'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { UserTokenPurpose } from '#domain/statuses'
import UserToken from '#models/user_token'
import type User from '#models/user'

/** How long each kind of emailed link stays valid. */
export const TOKEN_LIFETIMES: Record<UserTokenPurpose, { hours: number }> = {
  email_verification: { hours: 48 },
  password_reset: { hours: 1 },
  email_change: { hours: 24 },
}

function hashToken(token: string) {
  return createHash('sha256').update(token).digest('hex')
}

/**
 * Single-use emailed tokens (email verification, password reset, email
 * change). The token itself (256 bits, base64url) only ever exists in the
 * email; the database keeps its SHA-256, so a leaked table cannot be replayed.
 * Issuing a new token of a purpose voids the user's earlier ones.
 */
export default class UserTokenService {
  async issue(user: User, purpose: UserTokenPurpose, options: { newEmail?: string } = {}) {
    const token = randomBytes(32).toString('base64url')
    await db.transaction(async (trx) => {
      await UserToken.query({ client: trx })
        .where('userId', user.id)
        .where('purpose', purpose)
        .whereNull('usedAt')
        .update({ usedAt: DateTime.now().toSQL() })
      await UserToken.create(
        {
          userId: user.id,
          purpose,
          tokenHash: hashToken(token),
          newEmail: options.newEmail ?? null,
          expiresAt: DateTime.now().plus(TOKEN_LIFETIMES[purpose]),
        },
        { client: trx }
      )
    })
    return token
  }

  /** The token's row while it is valid for one of `purposes`: known, unused, unexpired. */
  #valid(token: string, purposes: UserTokenPurpose[], client?: TransactionClientContract) {
    return UserToken.query({ client })
      .where('tokenHash', hashToken(token))
      .whereIn('purpose', purposes)
      .whereNull('usedAt')
      .where('expiresAt', '>', DateTime.now().toSQL())
  }

  /** Whether the token would be accepted now for one of `purposes` (nothing is used up). */
  async isValid(token: string, purposes: UserTokenPurpose[]) {
    return (await this.#valid(token, purposes).first()) !== null
  }

  /**
   * Marks the token used and returns it (with its user) when it is valid for
   * that purpose; null when unknown, expired, already used or of another
   * purpose. The row lock makes two concurrent uses of one token yield one:
   * the second one waits, then no longer matches `used_at IS NULL`.
   */
  async consume(token: string, purpose: UserTokenPurpose) {
    return db.transaction(async (trx) => {
      const row = await this.#valid(token, [purpose], trx).forUpdate().first()
      if (!row) return null
      row.usedAt = DateTime.now()
      await row.save()
      await row.load('user')
      return row
    })
  }
}
