import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import ActivityLogService, { userSubject } from '#services/activity_log_service'
import { confirmStaffPassword, currentStaff } from '#services/staff_session_service'
import TwoFactorService from '#services/two_factor_service'
import { staffConfirmPasswordValidator } from '#validators/staff'
import { RECOVERY_CODES_FLASH } from '#controllers/staff/first_login_controller'

/**
 * Recovery codes are shown once, right after they are made (TOTP enrolment,
 * or "new recovery codes" in Settings): they travel in the session flash to
 * /staff/recovery-codes and only their hashes stay in the database.
 */
@inject()
export default class RecoveryCodesController {
  constructor(
    protected twoFactor: TwoFactorService,
    protected activity: ActivityLogService
  ) {}

  async show({ inertia, session, response }: HttpContext) {
    const codes = session.flashMessages.get(RECOVERY_CODES_FLASH) as string[] | undefined
    if (!Array.isArray(codes) || !codes.length) {
      session.flash(
        'error',
        'Recovery codes are shown only once. If you lost them, create new ones below.'
      )
      return response.redirect().toRoute('staff.settings')
    }
    inertia.encryptHistory()
    return inertia.render('staff/recovery_codes', { codes })
  }

  async regenerate(ctx: HttpContext) {
    const { request, response, session } = ctx
    const { user } = currentStaff(ctx)
    const { confirmPassword } = await request.validateUsing(staffConfirmPasswordValidator)

    await confirmStaffPassword(user, confirmPassword, 'confirmPassword')

    const codes = await this.twoFactor.regenerateRecoveryCodes(user)
    await this.activity.record({
      actor: user,
      action: 'staff.two_factor.recovery_codes_regenerated',
      subject: userSubject(user),
      ip: request.ip(),
    })
    session.flash(RECOVERY_CODES_FLASH, codes)
    return response.redirect().toRoute('staff.recovery_codes')
  }
}
