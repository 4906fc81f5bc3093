import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import ActivityLog from '#models/activity_log'
import TwoFactorSecret from '#models/two_factor_secret'
import type User from '#models/user'
import { quoteUseCases } from '#tests/helpers/quotes'
import {
  createCustomer,
  createEnrolledStaff,
  createStaff,
  enrol,
  filteredList,
} from '#tests/helpers/staff'
import { assertRedirect } from '#tests/helpers/requests'

async function superadmin() {
  const owner = await createStaff({ role: 'superadmin', email: 'owner@pcmr.gr' })
  await enrol(owner)
  return owner
}

/** The acting superadmin of every test here, signed in. */
let owner: User

async function startAsOwner() {
  owner = await superadmin()
}

const act = (
  client: ApiClient,
  actor: User,
  subject: User,
  action: string,
  form: Record<string, string> = {}
) => client.post(`/staff/users/${subject.id}/${action}`).asStaff(actor).submitForm(form)

/** An action done: the page answers by going back to the member's page. */
async function actAndReturn(
  client: ApiClient,
  actor: User,
  subject: User,
  action: string,
  form: Record<string, string> = {}
) {
  assertRedirect(await act(client, actor, subject, action, form), `/staff/users/${subject.id}`)
}

async function logFor(action: string, subject: User) {
  return ActivityLog.query()
    .where('action', action)
    .where('subjectType', 'user')
    .where('subjectId', subject.id)
    .firstOrFail()
}

test.group('Staff users: list and search', (group) => {
  group.each.setup(startAsOwner)

  test('search by email or name, filter by role', async ({ client, assert }) => {
    await createCustomer('maria.k@example.com')
    await createCustomer('giorgos@example.com')
    await createStaff({ email: 'builder@pcmr.gr' })

    const byEmail = await client.get('/staff/users').qs({ q: 'MARIA' }).asStaff(owner).withInertia()
    const emails = (props: Record<string, any>) =>
      (props.users as { data: { email: string }[] }).data.map((user) => user.email)
    assert.deepEqual(emails(byEmail.inertiaProps), ['maria.k@example.com'])

    const byName = await client
      .get('/staff/users')
      .qs({ q: 'Ελένη Παππά' })
      .asStaff(owner)
      .withInertia()
    assert.sameMembers(emails(byName.inertiaProps), ['owner@pcmr.gr', 'builder@pcmr.gr'])

    const staffOnly = await client
      .get('/staff/users')
      .qs({ role: 'admin' })
      .asStaff(owner)
      .withInertia()
    assert.deepEqual(emails(staffOnly.inertiaProps), ['builder@pcmr.gr'])

    const blank = await client
      .get('/staff/users')
      .qs({ q: '', role: '', status: '' })
      .asStaff(owner)
      .withInertia()
    blank.assertStatus(200)
    assert.lengthOf(blank.inertiaProps.users.data, 4, 'empty fields filter nothing')

    const wildcard = await client.get('/staff/users').qs({ q: '%' }).asStaff(owner).withInertia()
    assert.lengthOf(wildcard.inertiaProps.users.data, 0, '% is matched literally')
  })

  test('a user page shows the account and its activity', async ({ client }) => {
    const customer = await createCustomer()
    const page = await client.get(`/staff/users/${customer.id}`).asStaff(owner).withInertia()
    page.assertInertiaComponent('staff/users/show')
    page.assertInertiaPropsContains({ account: { email: customer.email, role: 'customer' } })
  })

  test("the orders list the user page links to holds that customer's orders only", async ({
    client,
    assert,
  }) => {
    const customer = await createCustomer()
    const other = await createCustomer('giorgos@example.com')
    const drafts = await quoteUseCases()
    const intake = { intakeName: 'Μαρία', intakeEmail: customer.email }
    const mine = await drafts.createDraft(intake, owner)
    await mine.merge({ customerId: customer.id }).save()
    const theirs = await drafts.createDraft(intake, owner)
    await theirs.merge({ customerId: other.id }).save()
    await drafts.createDraft(intake, owner)

    const list = await filteredList(client, owner, '/staff/orders', { customer: customer.id })
    list.assertStatus(200)
    const orders = list.inertiaProps.orders as { orderNumber: string }[]
    assert.deepEqual(
      orders.map((order) => order.orderNumber),
      [mine.orderNumber]
    )
    list.assertInertiaPropsContains({ meta: { total: 1 }, params: { customer: customer.id } })
  })
})

test.group('Staff users: actions write the activity log', (group) => {
  group.each.setup(startAsOwner)

  test('change a role', async ({ client, assert }) => {
    const customer = await createCustomer()
    const response = await act(client, owner, customer, 'role', { role: 'admin' })
    assertRedirect(response, `/staff/users/${customer.id}`)
    await customer.refresh()
    assert.equal(customer.role, 'admin')

    const log = await logFor('staff.user.role_changed', customer)
    assert.equal(log.actorId, owner.id)
    assert.include(log.metadata, { from: 'customer', to: 'admin' })
    assert.isNotNull(log.ip)
  })

  test('ban with a reason, then unban', async ({ client, assert }) => {
    const member = await createStaff()

    const noReason = await act(client, owner, member, 'ban', { reason: '' })
    noReason.assertStatus(302)
    await member.refresh()
    assert.isNull(member.bannedAt)

    await actAndReturn(client, owner, member, 'ban', { reason: 'left the company' })
    await member.refresh()
    assert.isNotNull(member.bannedAt)
    assert.equal(member.banReason, 'left the company')
    const banned = await logFor('staff.user.banned', member)
    assert.equal(banned.actorId, owner.id)
    assert.include(banned.metadata, { reason: 'left the company' })

    await actAndReturn(client, owner, member, 'unban')
    await member.refresh()
    assert.isNull(member.bannedAt)
    assert.isNull(member.banReason)
    const unbanned = await logFor('staff.user.unbanned', member)
    assert.include(unbanned.metadata, { previousReason: 'left the company' })
  })

  test('reset two-factor: the member enrols again at their next request', async ({
    client,
    assert,
  }) => {
    const member = await createEnrolledStaff()

    await actAndReturn(client, owner, member, 'reset-two-factor')
    assert.isNull(await TwoFactorSecret.findBy('userId', member.id))
    const log = await logFor('staff.user.two_factor_reset', member)
    assert.equal(log.actorId, owner.id)

    assertRedirect(
      await client.get('/staff').asStaff(member).redirects(0),
      '/staff/first-login/two-factor'
    )
  })

  test('force a password change: the member is sent to the password step', async ({
    client,
    assert,
  }) => {
    const member = await createEnrolledStaff()

    await actAndReturn(client, owner, member, 'force-password-change')
    await member.refresh()
    assert.isTrue(member.mustChangePassword)
    const log = await logFor('staff.user.password_change_forced', member)
    assert.equal(log.actorId, owner.id)

    assertRedirect(
      await client.get('/staff').asStaff(member).redirects(0),
      '/staff/first-login/password'
    )
  })

  test('a ban ends the member’s live session at once', async ({ client }) => {
    const member = await createEnrolledStaff()

    await act(client, owner, member, 'ban', { reason: 'lost laptop' })
    assertRedirect(await client.get('/staff').asStaff(member).redirects(0), '/staff/login')
  })
})

test.group('Staff users: what the policy refuses', (group) => {
  group.each.setup(startAsOwner)

  test('nobody bans themselves', async ({ client, assert }) => {
    const response = await act(client, owner, owner, 'ban', { reason: 'testing' })
    assertRedirect(response, `/staff/users/${owner.id}`)
    response.assertFlashMessage('error', 'You cannot ban yourself.')
    await owner.refresh()
    assert.isNull(owner.bannedAt)
    assert.lengthOf(await ActivityLog.query().where('action', 'staff.user.banned'), 0)
  })

  test('the last superadmin cannot give up the role; with another one they can', async ({
    client,
    assert,
  }) => {
    const refused = await act(client, owner, owner, 'role', { role: 'admin' })
    refused.assertFlashMessage(
      'error',
      'There must always be an active superadmin: promote someone else first.'
    )
    await owner.refresh()
    assert.equal(owner.role, 'superadmin')

    await createStaff({ role: 'superadmin' })
    const request = act(client, owner, owner, 'role', { role: 'admin' })
    const sessionIdBefore = request.sessionClient.sessionId
    const allowed = await request
    assertRedirect(allowed, '/staff')
    await owner.refresh()
    assert.equal(owner.role, 'admin')
    // The member's own privileges changed: new session id.
    assert.notEqual(allowed.cookie('pcmr-session')?.value, sessionIdBefore)
  })

  test('2FA reset and forced password change are for staff accounts only', async ({
    client,
    assert,
  }) => {
    const customer = await createCustomer()
    for (const action of ['reset-two-factor', 'force-password-change']) {
      const response = await act(client, owner, customer, action)
      assertRedirect(response, `/staff/users/${customer.id}`)
      response.assertFlashMessage('error')
    }
    await customer.refresh()
    assert.isFalse(customer.mustChangePassword)
  })
})
