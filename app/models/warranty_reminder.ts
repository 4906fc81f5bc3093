import { WarrantyReminderSchema } from '#database/schema'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import Order from '#models/order'
import OrderLine from '#models/order_line'

/** A warranty reminder already sent: the unique (line, threshold) makes sending idempotent. */
export default class WarrantyReminder extends WarrantyReminderSchema {
  @belongsTo(() => Order)
  declare order: BelongsTo<typeof Order>

  @belongsTo(() => OrderLine)
  declare orderLine: BelongsTo<typeof OrderLine>
}
