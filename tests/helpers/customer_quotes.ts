/*
| Published quotes as a customer meets them (quote page, claim, portal), built
| through the back office's own use cases.
*/
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { athensToday } from '#domain/shop_calendar'
import Order from '#models/order'
import type User from '#models/user'
import ClaimQuoteService from '#services/claim_quote_service'
import { UserFactory } from '#database/factories/user_factory'
import { quoteUseCases } from '#tests/helpers/quotes'

const quotes = await quoteUseCases()

/** Words only staff may read: no customer page or prop may carry them. */
export const STAFF_ONLY = {
  internalNotes: 'Margin 18%, supplier Alpha',
  overrideReason: 'Loyal customer discount',
}

/** A published quote of two lines (a component with specs, a service) to `email`, valid 14 days. */
export async function publishedQuote(email = 'visitor@example.com') {
  const staff = await UserFactory.apply('admin').apply('verified').create()
  const order = await quotes.createDraft(
    {
      intakeName: 'Μαρία Κωνσταντίνου',
      intakeEmail: email,
      useCase: '4K gaming',
      internalNotes: STAFF_ONLY.internalNotes,
    },
    staff
  )
  await quotes.addCustomLine(order, {
    kind: 'component',
    category: 'gpu',
    name: 'NVIDIA GeForce RTX 4070 Super',
    specs: { chipset: 'AD104', vramGb: 12, slots: 2.5 },
    unitPriceCents: 64_900,
    quantity: 1,
  })
  await quotes.addCustomLine(order, {
    kind: 'service',
    name: 'Assembly and testing',
    unitPriceCents: 8_000,
  })
  const published = await quotes.publish(order, staff)
  return Order.findOrFail(published.id)
}

/** Moves the quote's validity date to yesterday (Athens): the quote has expired. */
export async function expire(order: Order) {
  const yesterday = DateTime.fromISO(athensToday()).minus({ days: 1 }).toISODate()
  await db.from('orders').where('id', order.id).update({ quote_valid_until: yesterday })
  return order.refresh()
}

/** A signed-up customer with a confirmed email. */
export function customer(locale: 'el' | 'en' = 'el') {
  const factory = UserFactory.apply('verified')
  return locale === 'en' ? factory.apply('english').create() : factory.create()
}

/** The customer's claim of the quote, through the claim use case. */
export async function claim(order: Order, owner: User) {
  const claims = await app.container.make(ClaimQuoteService)
  await claims.claim(order.claimCode!, owner)
  return order.refresh()
}
