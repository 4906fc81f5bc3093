import { PaymentEventSchema } from '#database/schema'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import Order from '#models/order'

/** A Viva webhook delivery, stored first so that each event is processed once. */
export default class PaymentEvent extends PaymentEventSchema {
  @belongsTo(() => Order)
  declare order: BelongsTo<typeof Order>
}
