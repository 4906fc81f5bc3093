import { OrderSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { Attachable } from '#models/mixins/attachable'
import { randomUUID } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import { beforeCreate, belongsTo, hasMany, hasOne, scope } from '@adonisjs/lucid/orm'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { BelongsTo, HasMany, HasOne } from '@adonisjs/lucid/types/relations'
import User from '#models/user'
import OrderLine from '#models/order_line'
import OrderStatusHistory from '#models/order_status_history'
import Build from '#models/build'
import PaymentEvent from '#models/payment_event'
import WarrantyReminder from '#models/warranty_reminder'

/**
 * An order from draft quote to delivery. Its three status columns are written
 * only by OrderTransitionService (app/services/order_transition_service.ts);
 * `orderNumber` comes from the database (next_order_number()).
 */
export default class Order extends compose(OrderSchema, Attachable('order')) {
  @belongsTo(() => User, { foreignKey: 'customerId' })
  declare customer: BelongsTo<typeof User>

  @belongsTo(() => User, { foreignKey: 'createdById' })
  declare createdBy: BelongsTo<typeof User>

  @hasMany(() => OrderLine, {
    onQuery: (query) => query.withScopes((scopes) => scopes.inQuotedOrder()),
  })
  declare lines: HasMany<typeof OrderLine>

  @hasMany(() => OrderStatusHistory, {
    onQuery: (query) => query.withScopes((scopes) => scopes.chronological()),
  })
  declare statusHistory: HasMany<typeof OrderStatusHistory>

  @hasOne(() => Build)
  declare build: HasOne<typeof Build>

  @hasMany(() => PaymentEvent)
  declare paymentEvents: HasMany<typeof PaymentEvent>

  @hasMany(() => WarrantyReminder)
  declare warrantyReminders: HasMany<typeof WarrantyReminder>

  /**
   * The database owns the numbering (next_order_number(), a locked per-day
   * counter); asking it here, in the same transaction, gives the model its
   * number without a second read after the insert.
   */
  @beforeCreate()
  static async assignIdentifiers(order: Order) {
    order.publicId ??= randomUUID()
    if (!order.orderNumber) {
      const client = order.$trx ?? db.connection()
      const result = await client.rawQuery<{ rows: { number: string }[] }>(
        'select next_order_number() as number'
      )
      order.orderNumber = result.rows[0].number
    }
  }

  /** Orders a customer may see: their own, and nothing else. */
  static ownedBy = scope((query, customer: Pick<User, 'id'>) => {
    query.where('customerId', customer.id)
  })

  /** One order with its customer and its lines (the staff order page, the quote editor). */
  static findWithLines(id: number | string) {
    return this.query().where('id', id).preload('customer').preload('lines').firstOrFail()
  }

  /**
   * The order's row, locked until `trx` ends: changes of one order (status,
   * lines, validity) queue up, and each one sees what the previous one left.
   */
  static lockForUpdate(order: Order | number, trx: TransactionClientContract) {
    return this.query({ client: trx })
      .where('id', typeof order === 'number' ? order : order.id)
      .forUpdate()
      .firstOrFail()
  }

  /**
   * The order a Viva transaction names (its order code), locked until `trx`
   * ends like `lockForUpdate`; null when the code is missing or unknown (a
   * payment of some other shop's order, a test event).
   */
  static lockByVivaOrderCode(orderCode: string | null | undefined, trx: TransactionClientContract) {
    if (!orderCode) return Promise.resolve(null)
    return this.query({ client: trx }).where('vivaOrderCode', orderCode).forUpdate().first()
  }
}
