import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { formatOptionalMoment } from '#domain/date_format'
import ActivityLogService, { userSubject } from '#services/activity_log_service'
import { formError } from '#services/form_errors'
import { confirmStaffPassword, currentStaff } from '#services/staff_session_service'
import TwoFactorService from '#services/two_factor_service'
import { STAFF_PASSWORD_MIN_LENGTH, staffChangePasswordValidator } from '#validators/staff'

/** /staff/settings: the member's own account (password, recovery codes). */
@inject()
export default class SettingsController {
  constructor(
    protected twoFactor: TwoFactorService,
    protected activity: ActivityLogService
  ) {}

  async show(ctx: HttpContext) {
    const { user } = currentStaff(ctx)
    const secret = await this.twoFactor.findFor(user)
    return ctx.inertia.render('staff/settings', {
      account: {
        email: user.email,
        name: user.fullName,
        role: user.role,
        emailVerifiedAt: formatOptionalMoment(user.emailVerifiedAt),
      },
      twoFactor: {
        enabledAt: formatOptionalMoment(secret?.enabledAt),
        recoveryCodesLeft: secret?.recoveryCodes?.length ?? 0,
      },
      passwordMinLength: STAFF_PASSWORD_MIN_LENGTH,
    })
  }

  async updatePassword(ctx: HttpContext) {
    const { request, response, session } = ctx
    const { user } = currentStaff(ctx)
    const { currentPassword, password } = await request.validateUsing(staffChangePasswordValidator)

    await confirmStaffPassword(user, currentPassword, 'currentPassword')
    if (await user.verifyPassword(password)) {
      throw formError('password', 'Choose a password different from the current one.')
    }

    user.password = password
    await user.save()
    await this.activity.record({
      actor: user,
      action: 'staff.password.changed',
      subject: userSubject(user),
      metadata: { temporary: false },
      ip: request.ip(),
    })
    session.regenerate()
    session.flash('success', 'Your password has been changed.')
    return response.redirect().toRoute('staff.settings')
  }
}
