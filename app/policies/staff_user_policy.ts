import { AuthorizationResponse, BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type { UserRole } from '#domain/statuses'
import User from '#models/user'

/**
 * Account management at /staff/users. Only superadmins manage accounts; the
 * per-record rules keep the shop from locking itself out: nobody bans
 * themselves, and the last active superadmin cannot give the role up.
 */
export default class StaffUserPolicy extends BasePolicy {
  before(user: User | null) {
    if (!user || user.role !== 'superadmin' || user.isBanned) return false
  }

  async changeRole(_user: User, subject: User, role: UserRole): Promise<AuthorizerResponse> {
    if (subject.role === 'superadmin' && role !== 'superadmin') {
      const others = await User.query()
        .where('role', 'superadmin')
        .whereNull('bannedAt')
        .whereNot('id', subject.id)
        .count('* as total')
      if (Number(others[0].$extras.total) === 0) {
        return AuthorizationResponse.deny(
          'There must always be an active superadmin: promote someone else first.'
        )
      }
    }
    return true
  }

  ban(user: User, subject: User): AuthorizerResponse {
    if (subject.id === user.id) return AuthorizationResponse.deny('You cannot ban yourself.')
    return true
  }

  unban(_user: User, _subject: User): AuthorizerResponse {
    return true
  }

  resetTwoFactor(_user: User, subject: User): AuthorizerResponse {
    if (!subject.isStaff) {
      return AuthorizationResponse.deny('Only staff accounts use two-factor authentication.')
    }
    return true
  }

  forcePasswordChange(_user: User, subject: User): AuthorizerResponse {
    if (!subject.isStaff) {
      return AuthorizationResponse.deny(
        'Customers change their password themselves ("Forgot your password?").'
      )
    }
    return true
  }
}
