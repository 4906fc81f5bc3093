import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { IntakeRequestSchema } from '#database/schema'
import Order from '#models/order'

/** A request sent through /contact, until staff turn it into a draft quote. */
export default class IntakeRequest extends IntakeRequestSchema {
  @belongsTo(() => Order)
  declare order: BelongsTo<typeof Order>
}
