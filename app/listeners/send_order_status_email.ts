import mail from '@adonisjs/mail/services/main'
import type OrderStatusChanged from '#events/order_status_changed'
import User from '#models/user'
import OrderStatusMail, { orderStatusEmailKey } from '#mails/orders/order_status_mail'

/**
 * Tells the customer about a committed status change that has an email in
 * ORDER_STATUS_EMAILS (app/mails/orders/order_status_mail.ts): to their
 * account's address in their language, or, before the order is claimed, to
 * the intake address in Greek.
 */
export default class SendOrderStatusEmail {
  async handle({ order, history }: OrderStatusChanged) {
    const key = orderStatusEmailKey(history.axis, history.toStatus)
    if (!key) return
    // A draft was never shown to the customer: cancelling it is nothing to tell them.
    if (history.axis === 'orderStatus' && history.fromStatus === 'draft') return

    // A fresh query: the order may come from a transaction that has just committed.
    const customer = order.customerId ? await User.find(order.customerId) : null
    const recipient = customer
      ? { email: customer.email, name: customer.firstName, locale: customer.locale }
      : { email: order.intakeEmail, name: order.intakeName, locale: order.intakeLocale }
    await mail.sendLater(new OrderStatusMail(key, order, recipient))
  }
}
