import { BaseCommand, args } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { generate } from 'otplib'
import { DateTime } from 'luxon'
import User from '#models/user'
import TwoFactorService from '#services/two_factor_service'

/*
| The staff account `npm run bench` logs in with: first login complete, TOTP
| enrolled afresh on every run. Prints one recovery code on its last line; the
| bench uses it as the second factor (a TOTP code would be refused as a
| replay of the one this command just used to confirm the enrolment).
*/
export default class BenchStaff extends BaseCommand {
  static commandName = 'bench:staff'
  static description = 'Create or reset the benchmark staff account and print a recovery code'
  static options: CommandOptions = { startApp: true }

  @args.string({ description: 'Email' })
  declare email: string

  @args.string({ description: 'Password' })
  declare password: string

  async run() {
    if (this.app.inProduction) {
      this.logger.error('bench:staff is for benchmark databases only')
      this.exitCode = 1
      return
    }
    const user =
      (await User.findByEmail(this.email)) ??
      new User().merge({ email: this.email, firstName: 'Bench', lastName: 'Admin', locale: 'en' })
    user.merge({
      password: this.password,
      role: 'admin',
      mustChangePassword: false,
      emailVerifiedAt: DateTime.now(),
      bannedAt: null,
    })
    await user.save()

    const twoFactor = new TwoFactorService()
    await twoFactor.reset(user)
    const enrolment = await twoFactor.beginEnrolment(user)
    const code = await generate({ secret: enrolment.secret.replaceAll(' ', '') })
    const confirmed = await twoFactor.confirmEnrolment(user, code)
    if (!confirmed.ok) {
      this.logger.error(`could not enrol TOTP: ${confirmed.reason}`)
      this.exitCode = 1
      return
    }
    console.log(confirmed.recoveryCodes[0])
  }
}
