import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import { generateClaimCode } from '#domain/claim_code'
import type { StatusChange } from '#domain/order_lifecycle'
import type { FulfillmentStatus, OrderStatus, PaymentStatus } from '#domain/statuses'
import OrderStatusMail from '#mails/orders/order_status_mail'
import Order from '#models/order'
import User from '#models/user'
import OrderTransitionService from '#services/order_transition_service'

const transitions = new OrderTransitionService()

function customer(locale: 'el' | 'en') {
  return User.create({
    email: `${locale}-customer@example.com`,
    password: 'secret-password',
    firstName: locale === 'el' ? 'Μαρία' : 'Anna',
    lastName: 'K.',
    role: 'customer',
    locale,
  })
}

async function order(
  state: {
    orderStatus: OrderStatus
    paymentStatus?: PaymentStatus
    fulfillmentStatus?: FulfillmentStatus | null
  },
  owner: User | null
) {
  return Order.create({
    intakeName: 'Γιώργος Δ.',
    intakeEmail: 'intake@example.com',
    customerId: owner?.id ?? null,
    claimCode: generateClaimCode(),
    paymentStatus: 'unpaid',
    fulfillmentStatus: null,
    totalGrossCents: 123456,
    totalNetCents: 99561,
    totalVatCents: 23895,
    ...state,
  })
}

const paid = { orderStatus: 'confirmed', paymentStatus: 'paid' } as const

/** Each trigger of SPEC §8 that a status change causes, with the state it starts from. */
const TRIGGERS: {
  from: Parameters<typeof order>[0]
  change: StatusChange
  subject: Record<'el' | 'en', string>
}[] = [
  {
    from: { orderStatus: 'confirmed' },
    change: { axis: 'paymentStatus', to: 'awaiting_payment' },
    subject: { el: 'περιμένει την πληρωμή σας', en: 'is awaiting your payment' },
  },
  {
    from: { orderStatus: 'claimed' },
    change: { axis: 'orderStatus', to: 'cancelled' },
    subject: { el: 'ακυρώθηκε', en: 'has been cancelled' },
  },
  {
    from: paid,
    change: { axis: 'paymentStatus', to: 'refunded' },
    subject: { el: 'Επιστροφή χρημάτων', en: 'Refund for order' },
  },
  {
    from: { ...paid, fulfillmentStatus: 'testing' },
    change: { axis: 'fulfillmentStatus', to: 'ready' },
    subject: { el: 'είναι έτοιμος', en: 'Your PC is ready' },
  },
  {
    from: { ...paid, fulfillmentStatus: 'packaging' },
    change: { axis: 'fulfillmentStatus', to: 'shipped' },
    subject: { el: 'στάλθηκε', en: 'has shipped' },
  },
  {
    from: { ...paid, fulfillmentStatus: 'shipped' },
    change: { axis: 'fulfillmentStatus', to: 'completed' },
    subject: { el: 'παραδόθηκε', en: 'has been delivered' },
  },
]

test.group('Order status emails', () => {
  test('each trigger queues its email to the customer, in their language', async ({ assert }) => {
    using fake = mail.fake()
    for (const locale of ['el', 'en'] as const) {
      const owner = await customer(locale)
      for (const trigger of TRIGGERS) {
        const target = await order(trigger.from, owner)
        await transitions.apply(target.id, trigger.change, { reason: 'test' })

        const label = `${locale} ${trigger.change.axis} → ${trigger.change.to}`
        const queued = fake.mails.queued(
          (message) =>
            message instanceof OrderStatusMail && message.orderNumber === target.orderNumber
        ) as OrderStatusMail[]
        assert.lengthOf(queued, 1, label)
        const [sent] = queued
        assert.equal(sent.locale, locale, label)
        sent.message.assertTo(owner.email)
        const subject = sent.message.toObject().message.subject
        assert.include(subject, trigger.subject[locale], label)
        assert.include(subject, target.orderNumber, label)
        sent.message.assertTextIncludes(`/portal/orders/${target.publicId}`)
        sent.message.assertHtmlIncludes(`/portal/orders/${target.publicId}`)
        // Greek greets in the vocative, which no name can be put in reliably: no name at all.
        sent.message.assertTextIncludes(locale === 'el' ? '\n\nΓεια σας,\n\n' : '\n\nHello,\n\n')
        assert.notInclude(String(sent.message.toObject().message.text), owner.firstName, label)
        sent.message.assertReplyTo('info@pcmr.gr')
      }
    }
    fake.mails.assertQueuedCount(TRIGGERS.length * 2)
  })

  test('the payment request and the refund show the amount in the customer’s format', async () => {
    using fake = mail.fake()
    const greek = await order({ orderStatus: 'confirmed' }, await customer('el'))
    await transitions.apply(greek.id, { axis: 'paymentStatus', to: 'awaiting_payment' })
    const english = await order(paid, await customer('en'))
    await transitions.apply(english.id, { axis: 'paymentStatus', to: 'refunded' }, { reason: 'x' })

    fake.mails.assertQueued(OrderStatusMail, (queued) => {
      if (queued.orderNumber !== greek.orderNumber) return false
      queued.message.assertTextIncludes('Σύνολο: 1.234,56 €')
      return true
    })
    fake.mails.assertQueued(OrderStatusMail, (queued) => {
      if (queued.orderNumber !== english.orderNumber) return false
      queued.message.assertTextIncludes('Total: €1,234.56')
      return true
    })
  })

  test('a quote cancelled before anyone claimed it goes to the intake email, in Greek, with the quote link', async ({
    assert,
  }) => {
    using fake = mail.fake()
    const quote = await order({ orderStatus: 'quote' }, null)
    await transitions.apply(quote.id, { axis: 'orderStatus', to: 'cancelled' }, { reason: 'x' })

    const [sent] = fake.mails.queued(
      (queued) => queued instanceof OrderStatusMail
    ) as OrderStatusMail[]
    assert.exists(sent)
    assert.equal(sent.locale, 'el')
    sent.message.assertTo('intake@example.com')
    sent.message.assertSubject(`Η παραγγελία ${quote.orderNumber} ακυρώθηκε`)
    sent.message.assertTextIncludes(`/quote/${quote.claimCode}`)
    sent.message.assertTextIncludes('Γεια σας,')
    assert.notInclude(String(sent.message.toObject().message.text), 'Γιώργος')
  })

  test('without an account, the language taken at intake is used', async ({ assert }) => {
    using fake = mail.fake()
    const quote = await order({ orderStatus: 'quote' }, null)
    quote.intakeLocale = 'en'
    await quote.save()
    await transitions.apply(quote.id, { axis: 'orderStatus', to: 'cancelled' }, { reason: 'x' })

    const [sent] = fake.mails.queued(
      (queued) => queued instanceof OrderStatusMail
    ) as OrderStatusMail[]
    assert.equal(sent.locale, 'en')
    sent.message.assertTo('intake@example.com')
  })

  test('changes without an email of their own queue nothing', async () => {
    using fake = mail.fake()
    const owner = await customer('en')
    type Change = [Parameters<typeof order>[0], User | null, StatusChange]
    const silent: Change[] = [
      // A draft was never sent to the customer.
      [{ orderStatus: 'draft' }, null, { axis: 'orderStatus', to: 'cancelled' }],
      [{ orderStatus: 'draft' }, null, { axis: 'orderStatus', to: 'quote' }],
      [{ orderStatus: 'claimed' }, owner, { axis: 'orderStatus', to: 'confirmed' }],
      [
        { orderStatus: 'confirmed', paymentStatus: 'awaiting_payment' },
        owner,
        { axis: 'paymentStatus', to: 'unpaid' },
      ],
      [paid, owner, { axis: 'fulfillmentStatus', to: 'awaiting_parts' }],
      // Building steps the customer is not written about.
      ...(
        [
          ['awaiting_parts', 'assembling'],
          ['testing', 'assembling'],
          ['ready', 'packaging'],
        ] as const
      ).map(([from, to]): Change => [
        { ...paid, fulfillmentStatus: from },
        owner,
        { axis: 'fulfillmentStatus', to },
      ]),
      [
        { ...paid, fulfillmentStatus: 'completed' },
        owner,
        { axis: 'orderStatus', to: 'completed' },
      ],
    ]
    for (const [state, recipient, change] of silent) {
      const target = await order(state, recipient)
      await transitions.apply(target.id, change, { reason: 'x' })
    }
    fake.mails.assertNoneQueued()
    fake.mails.assertNoneSent()
  })
})
