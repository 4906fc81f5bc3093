import { ComponentPriceHistorySchema } from '#database/schema'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import Component from '#models/component'

/** A supplier's price for a component on a given day. */
export default class ComponentPriceHistory extends ComponentPriceHistorySchema {
  @belongsTo(() => Component)
  declare component: BelongsTo<typeof Component>
}
