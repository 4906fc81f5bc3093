import { OrderLineSchema } from '#database/schema'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { multiplyCents } from '#domain/money'
import Order from '#models/order'

/**
 * One line of an order, a snapshot of what was quoted (see the migration for
 * why the seven kinds share this table).
 */
export default class OrderLine extends OrderLineSchema {
  @belongsTo(() => Order)
  declare order: BelongsTo<typeof Order>

  /** VAT-inclusive total of the line, in cents. */
  get lineGrossCents() {
    return multiplyCents(this.unitPriceCents, this.quantity)
  }
}
