import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import emitter from '@adonisjs/core/services/emitter'
import { ServiceFactory } from '#database/factories/service_factory'
import type Order from '#models/order'
import OrderLine from '#models/order_line'
import type User from '#models/user'
import { quoteUseCases } from '#tests/helpers/quotes'
import { createEnrolledStaff } from '#tests/helpers/staff'
import { assertRedirect, fieldError } from '#tests/helpers/requests'

/*
| A refusal of a use case (DomainRefusal) renders itself: a form is sent
| back to the page it came from with the message next to the field it is
| about, exactly as a VineJS validation error; a JSON client gets 422 with the
| same field, message and rule.
*/

const quotes = await quoteUseCases()

async function publishedQuote() {
  const order = await quotes.createDraft(
    { intakeName: 'Μαρία Κωνσταντίνου', intakeEmail: 'maria@example.com' },
    null
  )
  await quotes.addCustomLine(order, { kind: 'service', name: 'Assembly', unitPriceCents: 9_900 })
  await quotes.publish(order, null)
  return order
}

/** A form post from the quote editor (Inertia, back to the editor). */
function formPost(client: ApiClient, staff: User, order: Order, path: string, body: object) {
  return client
    .post(`/staff/quotes/${order.id}${path}`)
    .form(body)
    .header('referer', `/staff/quotes/${order.id}/edit`)
    .header('x-inertia', 'true')
    .asStaff(staff)
    .withCsrfToken()
    .redirects(0)
}

function jsonPost(client: ApiClient, staff: User, url: string, body: object) {
  return client.post(url).json(body).accept('json').asStaff(staff).withCsrfToken()
}

test.group('Domain refusals render themselves', (group) => {
  group.each.setup(() => {
    emitter.fake()
    return () => emitter.restore()
  })

  test('a line added to a published quote: the form shows it at the top, JSON gets 422', async ({
    client,
    assert,
  }) => {
    const staff = await createEnrolledStaff()
    const order = await publishedQuote()
    const line = { kind: 'service', name: 'Late extra', unitPrice: '10' }

    const form = await formPost(client, staff, order, '/lines/custom', line)
    assertRedirect(form, `/staff/quotes/${order.id}/edit`)
    assert.match(fieldError(form, 'form')!, /can only be edited while it is a draft/)

    const json = await jsonPost(client, staff, `/staff/quotes/${order.id}/lines/custom`, line)
    json.assertStatus(422)
    assert.deepEqual(json.body(), {
      errors: [
        {
          field: 'form',
          message: `Order ${order.orderNumber} is a published quote (orderStatus: quote): its lines can only be edited while it is a draft`,
          rule: 'editable',
        },
      ],
    })
    assert.lengthOf(await OrderLine.query().where('orderId', order.id), 1)
  })

  test('a catalog row that does not exist is an error on catalogId, not a 404', async ({
    client,
    assert,
  }) => {
    const staff = await createEnrolledStaff()
    const order = await quotes.createDraft(
      { intakeName: 'Μαρία Κωνσταντίνου', intakeEmail: 'maria@example.com' },
      null
    )
    const service = await ServiceFactory.create()
    const missing = { kind: 'service', catalogId: service.id + 1000 }

    const form = await formPost(client, staff, order, '/lines/catalog', missing)
    assertRedirect(form, `/staff/quotes/${order.id}/edit`)
    assert.equal(fieldError(form, 'catalogId'), 'This item is not in the catalog.')

    const json = await jsonPost(client, staff, `/staff/quotes/${order.id}/lines/catalog`, missing)
    json.assertStatus(422)
    assert.deepEqual(json.body().errors, [
      { field: 'catalogId', message: 'This item is not in the catalog.', rule: 'exists' },
    ])
  })

  test('a refused status change is about `to` on the order page, about the form in the editor', async ({
    client,
    assert,
  }) => {
    const staff = await createEnrolledStaff()
    const order = await publishedQuote()

    // The editor's publish form posts no status: the message goes to the top of the form.
    const again = await formPost(client, staff, order, '/publish', {})
    assertRedirect(again, `/staff/quotes/${order.id}/edit`)
    assert.include(fieldError(again, 'form'), 'orderStatus')
    assert.isUndefined(fieldError(again, 'to'))

    // The order page asks for a status: the message goes next to it.
    const json = await jsonPost(client, staff, `/staff/orders/${order.id}/transitions`, {
      axis: 'orderStatus',
      to: 'quote',
    })
    json.assertStatus(422)
    const [error] = json.body().errors
    assert.equal(error.field, 'to')
    assert.equal(error.rule, 'transition')
    assert.include(error.message, 'quote → quote')
  })

  test('a reason asked for without one is an error on `reason`', async ({ client, assert }) => {
    const staff = await createEnrolledStaff()
    const order = await publishedQuote()

    const json = await jsonPost(client, staff, `/staff/orders/${order.id}/transitions`, {
      axis: 'orderStatus',
      to: 'cancelled',
    })
    json.assertStatus(422)
    assert.deepEqual(json.body().errors, [
      {
        field: 'reason',
        message:
          'Give a reason: orderStatus quote → cancelled is kept in the order history with it.',
        rule: 'required',
      },
    ])
  })
})
