import { readFile } from 'node:fs/promises'
import { DateTime } from 'luxon'
import app from '@adonisjs/core/services/app'
import { BaseSeeder } from '@adonisjs/lucid/seeders'
import type { Locale, UserRole } from '#domain/statuses'
import User from '#models/user'

export type DemoAccount = {
  email: string
  password: string
  firstName: string
  lastName: string
  role?: UserRole
  locale?: Locale
}

export type DemoAccounts = { staff: DemoAccount[]; customers: DemoAccount[] }

/** database/demo_accounts.json: the one list of demo logins (`npm run dev` prints it too). */
export async function readDemoAccounts(): Promise<DemoAccounts> {
  const raw = await readFile(app.makePath('database/demo_accounts.json'), 'utf8')
  const accounts = JSON.parse(raw) as DemoAccounts
  if (!accounts.staff?.length || !accounts.customers?.length) {
    throw new Error('database/demo_accounts.json needs at least one staff and one customer account')
  }
  return accounts
}

/*
| Demo phones for the customer accounts (the JSON holds logins only). Greek
| mobile numbers; the 6900… range keeps them obviously fake.
*/
const CUSTOMER_PHONES = ['+306900000101', '+306900000102', '+306900000103']

/**
 * The demo staff and customers, ready to log in: verified, no forced password
 * change (staff still enrol TOTP on their first login, as the app requires).
 * Run through MainSeeder, which orders the parts and shares its transaction;
 * the empty `environment` makes `node ace db:seed` skip this file on its own.
 */
export default class UsersSeeder extends BaseSeeder {
  static environment: string[] = []

  async run() {
    const accounts = await readDemoAccounts()
    // Accounts "opened" when the shop started taking orders, before the oldest demo order.
    const openedAt = DateTime.now().minus({ months: 8 }).startOf('day').set({ hour: 10 })

    for (const staff of accounts.staff) {
      await User.create(
        {
          email: staff.email,
          password: staff.password,
          firstName: staff.firstName,
          lastName: staff.lastName,
          role: staff.role ?? 'admin',
          locale: staff.locale ?? 'el',
          emailVerifiedAt: openedAt,
          mustChangePassword: false,
          createdAt: openedAt,
        },
        { client: this.client }
      )
    }

    for (const [index, customer] of accounts.customers.entries()) {
      const joinedAt = openedAt.plus({ weeks: 2 + index * 3 })
      await User.create(
        {
          email: customer.email,
          password: customer.password,
          firstName: customer.firstName,
          lastName: customer.lastName,
          phone: CUSTOMER_PHONES[index % CUSTOMER_PHONES.length],
          role: 'customer',
          locale: customer.locale ?? 'el',
          emailVerifiedAt: joinedAt.plus({ minutes: 7 }),
          mustChangePassword: false,
          createdAt: joinedAt,
        },
        { client: this.client }
      )
    }
  }
}
