import factory from '@adonisjs/lucid/factories'
import { DateTime } from 'luxon'
import WarrantyReminder from '#models/warranty_reminder'
import { OrderFactory } from '#database/factories/order_factory'
import { OrderLineFactory } from '#database/factories/order_line_factory'

/** A reminder already sent; pass orderId and orderLineId of a warranty line. */
export const WarrantyReminderFactory = factory
  .define(WarrantyReminder, () => ({
    threshold: 'expires_in_30_days',
    sentAt: DateTime.now(),
  }))
  .relation('order', () => OrderFactory)
  .relation('orderLine', () => OrderLineFactory)
  .build()
