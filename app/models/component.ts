import { ComponentSchema } from '#database/schema'
import { hasMany, scope } from '@adonisjs/lucid/orm'
import type { HasMany } from '@adonisjs/lucid/types/relations'
import type { ComponentCategory } from '#domain/statuses'
import ComponentPriceHistory from '#models/component_price_history'

export default class Component extends ComponentSchema {
  @hasMany(() => ComponentPriceHistory)
  declare priceHistory: HasMany<typeof ComponentPriceHistory>

  static active = scope((query) => {
    query.where('active', true)
  })

  static inCategory = scope((query, category: ComponentCategory) => {
    query.where('category', category)
  })

  /** "AMD Ryzen 7 7800X3D": what a quote line is called. */
  get displayName() {
    return `${this.brand} ${this.model}`
  }
}
