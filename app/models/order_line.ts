import { OrderLineSchema } from '#database/schema'
import { belongsTo, scope } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import Order from '#models/order'

/**
 * One line of an order, a snapshot of what was quoted (see the migration for
 * why the seven kinds share this table).
 */
export default class OrderLine extends OrderLineSchema {
  @belongsTo(() => Order)
  declare order: BelongsTo<typeof Order>

  /** Lines as the quote lists them. */
  static inQuotedOrder = scope((query) => {
    query.orderBy('position').orderBy('id')
  })
}
