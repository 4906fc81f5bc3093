import { test } from '@japa/runner'
import Order from '#models/order'
import { createCustomer, createEnrolledStaff, filteredList } from '#tests/helpers/staff'
import { fieldError } from '#tests/helpers/requests'

async function seedOrders() {
  await Order.createMany([
    {
      intakeName: 'Μαρία Κωνσταντίνου',
      intakeEmail: 'maria@example.com',
      totalGrossCents: 123456,
      totalNetCents: 99561,
      totalVatCents: 23895,
    },
    { intakeName: 'Anna Schmidt', intakeEmail: 'anna@example.com' },
    { intakeName: 'Γιώργος Δημητρίου', intakeEmail: 'giorgos@example.com' },
  ])
}

/** A signed-in staff member and the orders of seedOrders. */
async function staffWithOrders() {
  const staff = await createEnrolledStaff()
  await seedOrders()
  return staff
}

test.group('Staff orders list', () => {
  test('staff see every order with its formatted total and the status counts', async ({
    client,
    assert,
  }) => {
    const staff = await staffWithOrders()
    const response = await client.get('/staff/orders').asStaff(staff).withInertia()
    response.assertStatus(200)
    response.assertInertiaComponent('staff/orders/index')
    response.assertInertiaPropsContains({ meta: { total: 3, page: 1 } })
    response.assertInertiaPropsContains({ counts: { orderStatus: { draft: 3, quote: 0 } } })
    const orders = response.inertiaProps.orders as { intakeName: string; total: string }[]
    const maria = orders.find((order) => order.intakeName.startsWith('Μαρία'))!
    assert.equal(maria.total, '€1,234.56')
  })

  test('text search narrows the list to matching customers', async ({ client, assert }) => {
    const staff = await staffWithOrders()
    const response = await filteredList(client, staff, '/staff/orders', { q: 'schmidt' })
    response.assertStatus(200)
    const orders = response.inertiaProps.orders as { intakeEmail: string }[]
    assert.deepEqual(
      orders.map((order) => order.intakeEmail),
      ['anna@example.com']
    )
  })

  test('the filter form sent with "Any" statuses filters by the search alone', async ({
    client,
    assert,
  }) => {
    const staff = await staffWithOrders()
    // What the GET form sends: every field, the untouched selects empty.
    const response = await client
      .get('/staff/orders?q=schmidt&orderStatus=&paymentStatus=&fulfillmentStatus=')
      .asStaff(staff)
      .withInertia()
      .redirects(0)
    response.assertStatus(200)
    const orders = response.inertiaProps.orders as { intakeEmail: string }[]
    assert.deepEqual(
      orders.map((order) => order.intakeEmail),
      ['anna@example.com']
    )
  })

  test('an unknown status filter is a field error, not a 500', async ({ client, assert }) => {
    const staff = await createEnrolledStaff()
    const response = await filteredList(client, staff, '/staff/orders', { paymentStatus: 'free' })
    response.assertStatus(302)
    response.assertHeader('location', '/staff/orders')
    assert.isString(fieldError(response, 'paymentStatus'))
  })

  test('customers and anonymous visitors never see the list', async ({ client }) => {
    const customer = await createCustomer()
    const asCustomer = await client.get('/staff/orders').loginAs(customer).redirects(0)
    asCustomer.assertStatus(302)
    asCustomer.assertHeader('location', '/portal')
    const anonymous = await client.get('/staff/orders').redirects(0)
    anonymous.assertStatus(302)
    anonymous.assertHeader('location', '/staff/login')
  })
})
