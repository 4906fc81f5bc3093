import { UserTokenSchema } from '#database/schema'
import { belongsTo, scope } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { DateTime } from 'luxon'
import User from '#models/user'

/**
 * Single-use emailed token (verification, password reset, email change).
 * Only the SHA-256 of the token is stored.
 */
export default class UserToken extends UserTokenSchema {
  @belongsTo(() => User)
  declare user: BelongsTo<typeof User>

  /** Not used yet and not expired. */
  static usable = scope((query) => {
    query.whereNull('usedAt').where('expiresAt', '>', DateTime.now().toSQL()!)
  })
}
