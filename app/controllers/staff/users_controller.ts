import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import type { AuthorizationResponse } from '@adonisjs/bouncer'
import { labelledOptions, USER_ROLE_LABELS, USER_ROLES, type UserRole } from '#domain/statuses'
import User from '#models/user'
import StaffUserPolicy from '#policies/staff_user_policy'
import ActivityLogQuery from '#queries/activity_log_query'
import StaffUserSearchQuery from '#queries/staff_user_search_query'
import { currentStaff } from '#services/staff_session_service'
import StaffUserManagementService from '#services/staff_user_management_service'
import ActivityLogTransformer from '#transformers/activity_log_transformer'
import UserTransformer from '#transformers/user_transformer'
import { listQuery } from '#validators/list_query'
import {
  staffUserBanValidator,
  staffUserRoleValidator,
  staffUserSearchValidator,
} from '#validators/staff'

/** How many log rows the account page shows (about the account or by it). */
const ACTIVITY_ROWS = 30

/**
 * /staff/users: accounts, for superadmins (the route group's Bouncer ability).
 * Each action also passes StaffUserPolicy for the record it touches, and
 * writes an activity_logs row (StaffUserManagementService).
 */
@inject()
export default class UsersController {
  constructor(
    protected management: StaffUserManagementService,
    protected userSearch: StaffUserSearchQuery,
    protected activityLog: ActivityLogQuery
  ) {}

  async index({ request, inertia }: HttpContext) {
    const filters = await request.validateUsing(staffUserSearchValidator, {
      data: listQuery(request),
    })
    const page = await this.userSearch.run(filters)
    return inertia.render('staff/users/index', {
      users: UserTransformer.paginate(page.all(), page.getMeta()).useVariant('forStaff'),
      filters: { q: filters.q ?? '', role: filters.role ?? '', status: filters.status ?? '' },
      roles: labelledOptions(USER_ROLES, USER_ROLE_LABELS),
    })
  }

  async show(ctx: HttpContext) {
    const subject = await this.#subject(ctx)
    await subject.load('twoFactorSecret')
    const activity = await this.activityLog.aboutUser(subject, ACTIVITY_ROWS)

    return ctx.inertia.render('staff/users/show', {
      account: UserTransformer.transform(subject).useVariant('forStaff'),
      isSelf: subject.id === currentStaff(ctx).user.id,
      roles: labelledOptions(USER_ROLES, USER_ROLE_LABELS),
      activity: ActivityLogTransformer.transform(activity),
    })
  }

  async updateRole(ctx: HttpContext) {
    const subject = await this.#subject(ctx)
    const { role } = await ctx.request.validateUsing(staffUserRoleValidator)
    if (
      await this.#denied(
        ctx,
        ctx.bouncer.with(StaffUserPolicy).execute('changeRole', subject, role)
      )
    )
      return

    const staff = currentStaff(ctx)
    const changed = await this.management.changeRole(this.#actor(ctx), subject, role as UserRole)
    if (!changed) {
      ctx.session.flash('success', `${subject.email} already has the role ${role}.`)
      return this.#back(ctx, subject)
    }
    ctx.session.flash('success', `${subject.email} is now ${role}.`)
    if (subject.id === staff.user.id) {
      // The signed-in member's own privileges changed: new session id.
      ctx.session.regenerate()
      if (role !== 'superadmin') {
        return ctx.response.redirect(role === 'customer' ? '/portal' : '/staff')
      }
    }
    return this.#back(ctx, subject)
  }

  async ban(ctx: HttpContext) {
    const subject = await this.#subject(ctx)
    const { reason } = await ctx.request.validateUsing(staffUserBanValidator)
    if (await this.#denied(ctx, ctx.bouncer.with(StaffUserPolicy).execute('ban', subject))) return

    await this.management.ban(this.#actor(ctx), subject, reason)
    ctx.session.flash(
      'success',
      `${subject.email} is banned. Their sessions end on their next request.`
    )
    return this.#back(ctx, subject)
  }

  async unban(ctx: HttpContext) {
    const subject = await this.#subject(ctx)
    if (await this.#denied(ctx, ctx.bouncer.with(StaffUserPolicy).execute('unban', subject))) return

    const changed = await this.management.unban(this.#actor(ctx), subject)
    ctx.session.flash(
      'success',
      changed ? `${subject.email} can sign in again.` : `${subject.email} was not banned.`
    )
    return this.#back(ctx, subject)
  }

  async resetTwoFactor(ctx: HttpContext) {
    const subject = await this.#subject(ctx)
    if (
      await this.#denied(ctx, ctx.bouncer.with(StaffUserPolicy).execute('resetTwoFactor', subject))
    )
      return

    await this.management.resetTwoFactor(this.#actor(ctx), subject)
    ctx.session.flash(
      'success',
      `Two-factor authentication of ${subject.email} is reset: they set up their authenticator app again.`
    )
    return this.#back(ctx, subject)
  }

  async forcePasswordChange(ctx: HttpContext) {
    const subject = await this.#subject(ctx)
    if (
      await this.#denied(
        ctx,
        ctx.bouncer.with(StaffUserPolicy).execute('forcePasswordChange', subject)
      )
    )
      return

    await this.management.forcePasswordChange(this.#actor(ctx), subject)
    ctx.session.flash(
      'success',
      `${subject.email} must choose a new password at their next request.`
    )
    return this.#back(ctx, subject)
  }

  async #subject({ params }: HttpContext) {
    return User.findOrFail(params.id)
  }

  #actor(ctx: HttpContext) {
    return { user: currentStaff(ctx).user, ip: ctx.request.ip() }
  }

  #back(ctx: HttpContext, subject: User) {
    return ctx.response.redirect().toRoute('staff.users.show', { id: subject.id })
  }

  /**
   * A policy refusal becomes a flash message and a redirect to the user's
   * page; true when refused (the action then stops).
   */
  async #denied(ctx: HttpContext, check: Promise<AuthorizationResponse>) {
    const result = await check
    if (result.authorized) return false
    ctx.session.flash('error', result.message || 'You are not allowed to do that.')
    ctx.response.redirect().toRoute('staff.users.show', { id: ctx.params.id })
    return true
  }
}
