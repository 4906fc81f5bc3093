import { BaseCommand, args } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { generate } from 'otplib'
import { DateTime } from 'luxon'
import Order from '#models/order'
import User from '#models/user'
import TwoFactorService from '#services/two_factor_service'

/*
| The two accounts `npm run bench` signs in with, on a database bench:seed
| filled:
| - a staff member: first login complete, TOTP enrolled afresh on every run;
| - the customer of the newest paid order in the making (the portal order
|   page the bench loads), given the same password (seeded customers have none).
| Prints one JSON line: a recovery code of the staff member (the bench's
| second factor: a TOTP code would be refused as a replay of the one this
| command just used to confirm the enrolment), the customer's email and the
| order's public id.
*/
export default class BenchAccounts extends BaseCommand {
  static commandName = 'bench:accounts'
  static description =
    'Create or reset the benchmark staff account and a customer login; print what the bench needs'
  static options: CommandOptions = { startApp: true }

  @args.string({ description: 'Staff email' })
  declare email: string

  @args.string({ description: 'Password of both accounts' })
  declare password: string

  async run() {
    if (this.app.inProduction) {
      this.logger.error('bench:accounts is for benchmark databases only')
      this.exitCode = 1
      return
    }
    const staff =
      (await User.findByEmail(this.email)) ??
      new User().merge({ email: this.email, firstName: 'Bench', lastName: 'Admin', locale: 'en' })
    staff.merge({
      password: this.password,
      role: 'admin',
      mustChangePassword: false,
      emailVerifiedAt: DateTime.now(),
      bannedAt: null,
    })
    await staff.save()

    const twoFactor = new TwoFactorService()
    await twoFactor.reset(staff)
    const enrolment = await twoFactor.beginEnrolment(staff)
    const code = await generate({ secret: enrolment.secret.replaceAll(' ', '') })
    const confirmed = await twoFactor.confirmEnrolment(staff, code)
    if (!confirmed.ok) {
      this.logger.error(`could not enrol TOTP: ${confirmed.reason}`)
      this.exitCode = 1
      return
    }

    const order = await Order.query()
      .where('orderStatus', 'confirmed')
      .where('paymentStatus', 'paid')
      .whereNotNull('customerId')
      .preload('customer')
      .orderBy('createdAt', 'desc')
      .firstOrFail()
    order.customer.merge({ password: this.password })
    await order.customer.save()

    console.log(
      JSON.stringify({
        recoveryCode: confirmed.recoveryCodes[0],
        customerEmail: order.customer.email,
        orderId: order.publicId,
      })
    )
  }
}
