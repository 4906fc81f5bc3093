import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { formatMoney } from '#domain/money'
import OrderTransitionService from '#services/order_transition_service'
import { SHOP_TIME_ZONE } from '#domain/shop_calendar'
import { ComponentFactory } from '#database/factories/component_factory'
import { UserFactory } from '#database/factories/user_factory'
import { paidOrder } from '#tests/helpers/orders'
import { quoteUseCases } from '#tests/helpers/quotes'
import { createCustomer, createEnrolledStaff } from '#tests/helpers/staff'

const transitions = new OrderTransitionService()
const quotes = await quoteUseCases()

/*
| The dataset, relative to today (Athens), and what the page must show:
|   paid this month 1.000,00 € and 234,56 €; paid two months ago 500,01 €;
|   paid this month then refunded 700,00 € (left out)
|     → this month 123.456 cents (2 orders), two months ago 50.001 (1),
|       total 173.457 over 3 orders, average floor(57.819) = 57.819 cents
|   quote Q (components X×2, Y×1) valid until tomorrow → expiring, 1 day left
|   quote R (component X×1) valid for 10 more days → not expiring
|   popular: X in 2 quotes (3 units), Y in 1 (1 unit)
|   statuses (6 orders): quote 2, confirmed 4; unpaid 2, paid 3, refunded 1
*/
async function dataset() {
  const now = DateTime.now().setZone(SHOP_TIME_ZONE)
  const today = now.startOf('day')
  const customer = await UserFactory.create()
  await paidOrder(customer, 100_000, now.startOf('month').plus({ minutes: 1 }))
  await paidOrder(customer, 23_456, now.startOf('month').plus({ minutes: 2 }))
  await paidOrder(customer, 50_001, now.startOf('month').minus({ months: 2 }).plus({ days: 10 }))
  const refunded = await paidOrder(customer, 70_000, now.startOf('month').plus({ minutes: 3 }))
  await transitions.apply(
    refunded.id,
    { axis: 'paymentStatus', to: 'refunded' },
    { reason: 'Επιστροφή' }
  )

  const x = await ComponentFactory.apply('cpu').create()
  const y = await ComponentFactory.apply('gpu').create()
  const q = await quotes.createDraft(
    { intakeName: 'Νίκος Expiring', intakeEmail: 'nikos@example.com' },
    null
  )
  await quotes.addCatalogLine(q, 'component', x.id, 2)
  await quotes.addCatalogLine(q, 'component', y.id, 1)
  await quotes.publish(q, null, { validUntil: today.plus({ days: 1 }).toISODate()! })
  const r = await quotes.createDraft(
    { intakeName: 'Later Quote', intakeEmail: 'later@example.com' },
    null
  )
  await quotes.addCatalogLine(r, 'component', x.id, 1)
  await quotes.publish(r, null, { validUntil: today.plus({ days: 10 }).toISODate()! })
  await q.refresh()
  return { now, q, x, y }
}

test.group('Staff dashboard', () => {
  test('anonymous visitors go to the staff login, customers to their portal', async ({
    client,
  }) => {
    const anonymous = await client.get('/staff').redirects(0)
    anonymous.assertStatus(302)
    anonymous.assertHeader('location', '/staff/login')

    const customer = await createCustomer()
    const asCustomer = await client.get('/staff').loginAs(customer).redirects(0)
    asCustomer.assertStatus(302)
    asCustomer.assertHeader('location', '/portal')
  })

  test('admins and superadmins see the dashboard; only superadmins the Users section', async ({
    client,
    assert,
  }) => {
    const sectionTitles = (props: Record<string, unknown>) =>
      (props.sections as { title: string }[]).map((section) => section.title)

    const admin = await createEnrolledStaff('admin')
    const asAdmin = await client.get('/staff').asStaff(admin).withInertia()
    asAdmin.assertStatus(200)
    asAdmin.assertInertiaComponent('staff/dashboard')
    assert.notInclude(sectionTitles(asAdmin.inertiaProps), 'Users')

    const superadmin = await createEnrolledStaff('superadmin')
    const asSuperadmin = await client.get('/staff').asStaff(superadmin).withInertia()
    asSuperadmin.assertStatus(200)
    assert.include(sectionTitles(asSuperadmin.inertiaProps), 'Users')
  })

  test('the figures of a small known shop', async ({ client, assert }) => {
    const { now, q, x, y } = await dataset()
    const staff = await createEnrolledStaff()
    const response = await client.get('/staff').asStaff(staff).withInertia()
    response.assertStatus(200)
    // The figures come from DashboardStatsTransformer, under `stats`.
    const props = (response.inertiaProps as Record<string, any>).stats

    assert.equal(props.today, now.toISODate())
    assert.deepInclude(props.ordersByStatus.orderStatus, { draft: 0, quote: 2, confirmed: 4 })
    assert.deepInclude(props.ordersByStatus.paymentStatus, {
      unpaid: 2,
      awaiting_payment: 0,
      paid: 3,
      refunded: 1,
    })
    assert.equal(props.ordersByStatus.fulfillmentStatus.none, 6)

    assert.deepEqual(props.revenue, {
      totalCents: 173_457,
      paidOrders: 3,
      averageOrderValueCents: 57_819,
      total: '€1,734.57',
      averageOrderValue: '€578.19',
    })
    const months = props.revenueByMonth as { month: string; revenueCents: number }[]
    assert.lengthOf(months, 12)
    assert.deepEqual(months[11], {
      month: now.toFormat('yyyy-MM'),
      label: now.toFormat('LLL yyyy'),
      revenueCents: 123_456,
      orders: 2,
      revenue: '€1,234.56',
    })
    assert.deepInclude(months[9], {
      month: now.minus({ months: 2 }).toFormat('yyyy-MM'),
      revenueCents: 50_001,
    })
    assert.equal(
      months.reduce((sum, month) => sum + month.revenueCents, 0),
      173_457
    )

    assert.deepEqual(
      (props.popularComponents as any[]).map((row) => [
        row.componentId,
        row.quoteCount,
        row.quantity,
      ]),
      [
        [x.id, 2, 3],
        [y.id, 1, 1],
      ]
    )

    assert.lengthOf(props.expiringQuotes, 1)
    assert.deepInclude(props.expiringQuotes[0], {
      id: q.id,
      orderNumber: q.orderNumber,
      orderStatus: 'quote',
      daysLeft: 1,
      total: formatMoney(q.totalGrossCents, 'en'),
    })
    assert.include(response.inertiaProps, { expiringWithinDays: 3, popularDays: 90 })
  })
})
