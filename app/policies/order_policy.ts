import { BasePolicy } from '@adonisjs/bouncer'
import type Order from '#models/order'
import type User from '#models/user'

/** What staff may do to one order outside its status changes (those go through the lifecycle). */
export default class OrderPolicy extends BasePolicy {
  /** Notes change at any stage of the order (SPEC §5, staff flow 5), by whoever runs the shop. */
  updateNotes(user: User, _order: Order) {
    return user.runsShop
  }
}
