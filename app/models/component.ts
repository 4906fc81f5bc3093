import { ComponentSchema } from '#database/schema'
import { hasMany } from '@adonisjs/lucid/orm'
import type { HasMany } from '@adonisjs/lucid/types/relations'
import ComponentPriceHistory from '#models/component_price_history'

export default class Component extends ComponentSchema {
  @hasMany(() => ComponentPriceHistory)
  declare priceHistory: HasMany<typeof ComponentPriceHistory>

  /** "AMD Ryzen 7 7800X3D": what a quote line is called. */
  get displayName() {
    return `${this.brand} ${this.model}`
  }
}
