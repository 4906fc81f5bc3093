/*
| Staff flow 5 (SPEC §5): staff edit an order's notes at any stage, every change
| audited. `notes` are for the customer too; `internalNotes` never reach them.
*/
import { test } from '@japa/runner'
import type { Assert } from '@japa/assert'
import type { ApiClient, ApiResponse } from '@japa/api-client'
import ActivityLog from '#models/activity_log'
import type Order from '#models/order'
import type User from '#models/user'
import { NOTES_MAX_LENGTH } from '#validators/quote'
import { truncateAllTables } from '#tests/helpers/database'
import { claim, customer, publishedQuote, STAFF_ONLY } from '#tests/helpers/customer_quotes'
import { createCustomer, createEnrolledStaff } from '#tests/helpers/staff'
import { assertRedirect, fieldError } from '#tests/helpers/requests'

const CUSTOMER_NOTES = 'Quiet build, white case if possible.'
const INTERNAL_NOTES = 'Supplier Beta has the case cheaper this week.'

/**
 * A quote claimed by a customer (it has internal notes from its draft, and no
 * notes yet) and a staff member to edit them.
 */
async function claimedOrder() {
  const owner = await customer('en')
  const order = await claim(await publishedQuote(), owner)
  return { owner, order, staff: await createEnrolledStaff() }
}

function saveNotes(
  client: ApiClient,
  staff: User,
  order: Order,
  body: { notes?: string; internalNotes?: string }
) {
  return client
    .put(`/staff/orders/${order.id}/notes`)
    .header('referer', `/staff/orders/${order.id}`)
    .asStaff(staff)
    .submitForm(body)
}

function notesLog(order: Order) {
  return ActivityLog.query()
    .where('action', 'order.notes_updated')
    .where('subjectType', 'order')
    .where('subjectId', order.id)
    .orderBy('id')
}

/** The notes as the draft left them, and no notes change logged. */
async function assertNotesUntouched(assert: Assert, order: Order) {
  await order.refresh()
  assert.isNull(order.notes)
  assert.equal(order.internalNotes, STAFF_ONLY.internalNotes)
  assert.lengthOf(await notesLog(order), 0)
}

function props(response: ApiResponse) {
  return response.inertiaProps as Record<string, any>
}

test.group('Staff order notes', (group) => {
  group.each.setup(() => truncateAllTables())

  test('staff save both notes: stored, audited, and only the customer notes reach the customer', async ({
    client,
    assert,
  }) => {
    const { owner, order, staff } = await claimedOrder()

    const saved = await saveNotes(client, staff, order, {
      notes: CUSTOMER_NOTES,
      internalNotes: INTERNAL_NOTES,
    })
    assertRedirect(saved, `/staff/orders/${order.id}`)
    assert.equal(saved.flashMessage('success'), `Notes of ${order.orderNumber} saved.`)

    await order.refresh()
    assert.equal(order.notes, CUSTOMER_NOTES)
    assert.equal(order.internalNotes, INTERNAL_NOTES)

    const log = await notesLog(order)
    assert.lengthOf(log, 1)
    assert.equal(log[0].actorId, staff.id)
    assert.deepEqual(log[0].metadata, {
      orderNumber: order.orderNumber,
      fields: ['notes', 'internalNotes'],
    })

    // The staff page shows both, in the form's fields.
    const staffPage = props(
      await client.get(`/staff/orders/${order.id}`).asStaff(staff).withInertia()
    )
    assert.equal(staffPage.order.notes, CUSTOMER_NOTES)
    assert.equal(staffPage.order.internalNotes, INTERNAL_NOTES)
    assert.equal(staffPage.notesMaxLength, NOTES_MAX_LENGTH)

    // The customer's order page carries the notes, never the internal ones (old or new).
    const portal = await client.get(`/portal/orders/${order.publicId}`).loginAs(owner).withInertia()
    portal.assertStatus(200)
    const portalPage = props(portal)
    assert.equal(portalPage.order.notes, CUSTOMER_NOTES)
    assert.notProperty(portalPage.order, 'internalNotes')
    const everything = JSON.stringify(portalPage)
    assert.notInclude(everything, INTERNAL_NOTES)
    assert.notInclude(everything, STAFF_ONLY.internalNotes)
  })

  test('a blank field clears its notes, a field left out stays; nothing changed, nothing logged', async ({
    client,
    assert,
  }) => {
    const { order, staff } = await claimedOrder()
    await saveNotes(client, staff, order, { notes: CUSTOMER_NOTES })

    const cleared = await saveNotes(client, staff, order, { notes: '   ' })
    assertRedirect(cleared, `/staff/orders/${order.id}`)
    await order.refresh()
    assert.isNull(order.notes)
    assert.equal(order.internalNotes, STAFF_ONLY.internalNotes)

    const blank = await saveNotes(client, staff, order, { notes: '' })
    assertRedirect(blank, `/staff/orders/${order.id}`)

    const log = await notesLog(order)
    assert.deepEqual(
      log.map((row) => row.metadata.fields),
      [['notes'], ['notes']]
    )
  })

  test('too long notes come back as field errors and change nothing', async ({
    client,
    assert,
  }) => {
    const { order, staff } = await claimedOrder()

    const tooLong = await saveNotes(client, staff, order, {
      notes: 'n'.repeat(NOTES_MAX_LENGTH + 1),
      internalNotes: 'i'.repeat(NOTES_MAX_LENGTH + 1),
    })
    assertRedirect(tooLong, `/staff/orders/${order.id}`)
    assert.exists(fieldError(tooLong, 'notes'))
    assert.exists(fieldError(tooLong, 'internalNotes'))
    await assertNotesUntouched(assert, order)
  })

  test('visitors and customers cannot edit notes', async ({ client, assert }) => {
    const { owner, order } = await claimedOrder()
    const other = await createCustomer()

    const anonymous = await client
      .put(`/staff/orders/${order.id}/notes`)
      .form({ internalNotes: 'x' })
      .withCsrfToken()
      .redirects(0)
    assertRedirect(anonymous, '/staff/login')

    for (const someone of [owner, other]) {
      const asCustomer = await client
        .put(`/staff/orders/${order.id}/notes`)
        .form({ notes: 'x', internalNotes: 'x' })
        .loginAs(someone)
        .withCsrfToken()
        .redirects(0)
      assertRedirect(asCustomer, '/portal')
    }
    await assertNotesUntouched(assert, order)
  })

  test('an order that does not exist is a 404', async ({ client }) => {
    const staff = await createEnrolledStaff()
    const response = await client
      .put('/staff/orders/999999/notes')
      .asStaff(staff)
      .submitForm({ notes: 'x' })
    response.assertStatus(404)
  })
})
