import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { createCustomer, createEnrolledStaff } from '#tests/helpers/staff'
import { assertRedirect } from '#tests/helpers/requests'

test.group('Staff access: roles', () => {
  test('a customer is sent back to the portal with a message', async ({ client }) => {
    const customer = await createCustomer()
    for (const path of ['/staff', '/staff/users', '/staff/settings', '/staff/login']) {
      const response = await client.get(path).loginAs(customer).redirects(0)
      assertRedirect(response, '/portal')
      response.assertFlashMessage('error', 'Η περιοχή /staff είναι μόνο για την ομάδα της PCMR.')
    }
  })

  test('an admin reaches the dashboard but not /staff/users (403)', async ({ client }) => {
    const admin = await createEnrolledStaff('admin')

    const home = await client.get('/staff').asStaff(admin).withInertia()
    home.assertStatus(200)
    home.assertInertiaComponent('staff/dashboard')
    home.assertInertiaPropsContains({ sections: [{ title: 'Orders' }, { title: 'Catalog' }] })

    for (const path of ['/staff/users', `/staff/users/${admin.id}`]) {
      const response = await client.get(path).asStaff(admin).withInertia()
      response.assertStatus(403)
      response.assertInertiaComponent('staff/forbidden')
    }
    const post = await client
      .post(`/staff/users/${admin.id}/role`)
      .asStaff(admin)
      .withCsrfToken()
      .form({ role: 'superadmin' })
    post.assertStatus(403)
    await admin.refresh()
    if (admin.role !== 'admin') throw new Error('an admin promoted themselves')
  })

  test('a staff member logged in to the guard without the second factor is asked for it', async ({
    client,
  }) => {
    const user = await createEnrolledStaff('superadmin')
    for (const path of ['/staff', '/staff/users', '/staff/settings']) {
      assertRedirect(await client.get(path).loginAs(user).redirects(0), '/staff/two-factor')
    }
  })

  test('a superadmin reaches /staff/users and sees the Users section', async ({ client }) => {
    const owner = await createEnrolledStaff('superadmin')
    const list = await client.get('/staff/users').asStaff(owner).withInertia()
    list.assertStatus(200)
    list.assertInertiaComponent('staff/users/index')

    const home = await client.get('/staff').asStaff(owner).withInertia()
    home.assertInertiaPropsContains({ sections: [{}, {}, { title: 'Users' }] })
  })
})

test.group('Staff access: banned users', () => {
  test('a live staff session stops on the next request after a ban', async ({ client }) => {
    const user = await createEnrolledStaff()
    const before = await client.get('/staff').asStaff(user).withInertia()
    before.assertStatus(200)

    user.bannedAt = DateTime.now()
    user.banReason = 'left the company'
    await user.save()

    const after = await client.get('/staff/settings').asStaff(user).redirects(0)
    assertRedirect(after, '/staff/login')
    after.assertSessionMissing('auth_web')
    after.assertFlashMessage('error', 'This account has been suspended and has been signed out.')
  })

  test('a banned customer’s session stops too, on any page', async ({ client }) => {
    const customer = await createCustomer()
    customer.bannedAt = DateTime.now()
    await customer.save()

    const response = await client.get('/').loginAs(customer).redirects(0)
    assertRedirect(response, '/login')
    response.assertSessionMissing('auth_web')
    response.assertFlashMessage(
      'error',
      'Ο λογαριασμός σας έχει απενεργοποιηθεί και αποσυνδεθήκατε.'
    )
  })
})
