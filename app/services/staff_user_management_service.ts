import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { UserRole } from '#domain/statuses'
import User from '#models/user'
import ActivityLogService, { userSubject } from '#services/activity_log_service'
import TwoFactorService from '#services/two_factor_service'

/** Who acts, from where: the superadmin of the request. */
export interface Actor {
  user: User
  ip: string | null
}

/**
 * What a superadmin does to accounts at /staff/users. Each change and its
 * activity_logs row commit in one transaction. Authorization is the
 * controller's job (StaffUserPolicy); this only applies the change.
 */
@inject()
export default class StaffUserManagementService {
  constructor(
    protected activity: ActivityLogService,
    protected twoFactor: TwoFactorService
  ) {}

  async changeRole(actor: Actor, subject: User, role: UserRole) {
    const from = subject.role
    if (from === role) return false
    await db.transaction(async (trx) => {
      subject.useTransaction(trx)
      subject.role = role
      await subject.save()
      await this.#log(actor, 'staff.user.role_changed', subject, { from, to: role }, trx)
    })
    return true
  }

  async ban(actor: Actor, subject: User, reason: string) {
    await db.transaction(async (trx) => {
      subject.useTransaction(trx)
      subject.bannedAt = DateTime.now()
      subject.banReason = reason
      await subject.save()
      await this.#log(actor, 'staff.user.banned', subject, { reason }, trx)
    })
  }

  async unban(actor: Actor, subject: User) {
    if (!subject.bannedAt) return false
    const previousReason = subject.banReason
    await db.transaction(async (trx) => {
      subject.useTransaction(trx)
      subject.bannedAt = null
      subject.banReason = null
      await subject.save()
      await this.#log(actor, 'staff.user.unbanned', subject, { previousReason }, trx)
    })
    return true
  }

  /** Deletes the TOTP enrolment: the member enrols again at their next sign-in (or request). */
  async resetTwoFactor(actor: Actor, subject: User) {
    await db.transaction(async (trx) => {
      await this.twoFactor.reset(subject, trx)
      await this.#log(actor, 'staff.user.two_factor_reset', subject, {}, trx)
    })
  }

  async forcePasswordChange(actor: Actor, subject: User) {
    await db.transaction(async (trx) => {
      subject.useTransaction(trx)
      subject.mustChangePassword = true
      await subject.save()
      await this.#log(actor, 'staff.user.password_change_forced', subject, {}, trx)
    })
  }

  #log(
    actor: Actor,
    action: string,
    subject: User,
    metadata: Record<string, unknown>,
    trx: Parameters<ActivityLogService['record']>[1]
  ) {
    return this.activity.record(
      {
        actor: actor.user,
        action,
        subject: userSubject(subject),
        metadata: { email: subject.email, ...metadata },
        ip: actor.ip,
      },
      trx
    )
  }
}
