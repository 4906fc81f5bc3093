import { UserSchema } from '#database/schema'
import hash from '@adonisjs/core/services/hash'
import { compose } from '@adonisjs/core/helpers'
import { withAuthFinder } from '@adonisjs/auth/mixins/lucid'
import { hasMany, hasOne } from '@adonisjs/lucid/orm'
import type { HasMany, HasOne } from '@adonisjs/lucid/types/relations'
import { STAFF_ROLES } from '#domain/statuses'
import Order from '#models/order'
import TwoFactorSecret from '#models/two_factor_secret'
import UserToken from '#models/user_token'

const AuthFinder = withAuthFinder(() => hash.use('scrypt'), {
  uids: ['email'],
  passwordColumnName: 'password',
})

export default class User extends compose(UserSchema, AuthFinder) {
  @hasMany(() => Order, { foreignKey: 'customerId' })
  declare orders: HasMany<typeof Order>

  @hasOne(() => TwoFactorSecret)
  declare twoFactorSecret: HasOne<typeof TwoFactorSecret>

  @hasMany(() => UserToken)
  declare tokens: HasMany<typeof UserToken>

  get isStaff() {
    return (STAFF_ROLES as readonly string[]).includes(this.role)
  }

  get isBanned() {
    return this.bannedAt !== null
  }

  /** Runs the shop (orders, builds, catalog): every staff role, unless banned. */
  get runsShop() {
    return (this.role === 'admin' || this.role === 'superadmin') && !this.isBanned
  }

  get fullName() {
    return `${this.firstName} ${this.lastName}`.trim()
  }

  /** Email lookups are case-insensitive, as the unique index is. */
  static findByEmail(email: string) {
    return this.query().whereRaw('lower(email) = lower(?)', [email]).first()
  }
}
