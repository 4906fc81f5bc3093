import { BaseTransformer } from '@adonisjs/core/transformers'
import { formatMoment, formatOptionalMoment } from '#domain/date_format'
import { LOCALE_LABELS } from '#domain/statuses'
import type User from '#models/user'

export default class UserTransformer extends BaseTransformer<User> {
  /** The signed-in user, shared with every page by the Inertia middleware. */
  toObject() {
    return this.pick(this.resource, ['id', 'firstName', 'lastName', 'email', 'role', 'locale'])
  }

  /**
   * An account as the superadmin's user list and user page show it. Needs
   * `twoFactorSecret` preloaded.
   */
  forStaff() {
    const user = this.resource
    return {
      ...this.pick(user, ['id', 'email', 'role', 'mustChangePassword', 'banReason']),
      name: user.fullName,
      language: LOCALE_LABELS[user.locale],
      emailVerified: user.emailVerifiedAt !== null,
      bannedAt: formatOptionalMoment(user.bannedAt),
      twoFactorEnabled: Boolean(user.twoFactorSecret?.enabledAt),
      createdAt: formatMoment(user.createdAt),
    }
  }
}
