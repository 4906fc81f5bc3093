import { TwoFactorSecretSchema } from '#database/schema'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import User from '#models/user'

/**
 * A staff member's TOTP enrolment: the encrypted secret, when it was confirmed,
 * and the hashes of the recovery codes not used yet.
 */
export default class TwoFactorSecret extends TwoFactorSecretSchema {
  @belongsTo(() => User)
  declare user: BelongsTo<typeof User>
}
