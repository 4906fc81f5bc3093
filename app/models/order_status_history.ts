import { OrderStatusHistorySchema } from '#database/schema'
import { belongsTo, scope } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import Order from '#models/order'
import User from '#models/user'

/**
 * Immutable audit row of one status change (a database trigger refuses updates
 * and deletes).
 */
export default class OrderStatusHistory extends OrderStatusHistorySchema {
  @belongsTo(() => Order)
  declare order: BelongsTo<typeof Order>

  @belongsTo(() => User, { foreignKey: 'actorId' })
  declare actor: BelongsTo<typeof User>

  /** Oldest first, in the order the changes were made. */
  static chronological = scope((query) => {
    query.orderBy('createdAt').orderBy('id')
  })
}
