/*
| Event → listener wiring. Listeners are side effects (emails, notifications)
| of things that already happened and were committed; they live in
| app/listeners and are imported lazily.
*/
import emitter from '@adonisjs/core/services/emitter'
import QuotePublished from '#events/quote_published'
import OrderStatusChanged from '#events/order_status_changed'
import QuoteClaimed from '#events/quote_claimed'
import QuoteAccepted from '#events/quote_accepted'
import IntakeRequested from '#events/intake_requested'
import WaitlistJoined from '#events/waitlist_joined'

// The quote link to the customer's intake email.
emitter.on(QuotePublished, [() => import('#listeners/send_quote_email'), 'handle'])

// Status emails to the customer (SPEC §8): payment requested, cancelled, refunded, ready/shipped/delivered.
emitter.on(OrderStatusChanged, [() => import('#listeners/send_order_status_email'), 'handle'])

// A claimed quote: "order claimed" to the customer.
emitter.on(QuoteClaimed, [() => import('#listeners/send_order_claimed_email'), 'handle'])

// An accepted quote: "quote accepted" to the staff notify addresses.
emitter.on(QuoteAccepted, [() => import('#listeners/notify_staff_of_accepted_quote'), 'handle'])
// A /contact request: confirmation to the requester, notice to the staff notify addresses.
emitter.on(IntakeRequested, [() => import('#listeners/send_intake_emails'), 'handle'])

// Waitlist joined (SPEC §8): to the requester and the staff notify addresses.
emitter.on(WaitlistJoined, [() => import('#listeners/send_waitlist_emails'), 'handle'])
