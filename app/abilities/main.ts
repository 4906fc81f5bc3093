/*
| Bouncer abilities: role checks that need no record. Staff roles (SPEC §1):
| `admin` runs the shop (orders, builds, catalog); `superadmin` does that and
| also manages staff and user accounts. Customers have none of these.
*/
import { Bouncer } from '@adonisjs/bouncer'
import type User from '#models/user'

/** The back office at all (/staff). */
export const accessBackOffice = Bouncer.ability((user: User) => user.isStaff && !user.isBanned)

/** Orders, builds, catalog: every staff role. */
export const manageShop = Bouncer.ability((user: User) => user.runsShop)

/** Staff and user accounts (/staff/users): superadmins only. */
export const manageStaff = Bouncer.ability(
  (user: User) => user.role === 'superadmin' && !user.isBanned
)

/** Refunding a Viva payment moves money back: superadmins only. */
export const refundPayments = Bouncer.ability(
  (user: User) => user.role === 'superadmin' && !user.isBanned
)
