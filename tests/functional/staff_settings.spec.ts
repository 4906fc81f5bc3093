import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import hash from '@adonisjs/core/services/hash'
import ActivityLog from '#models/activity_log'
import type User from '#models/user'
import { createEnrolledStaff, STAFF_PASSWORD } from '#tests/helpers/staff'
import { assertRedirect, fieldError } from '#tests/helpers/requests'

function changePassword(client: ApiClient, staff: User, currentPassword: string) {
  return client
    .post('/staff/settings/password')
    .header('referer', '/staff/settings')
    .asStaff(staff)
    .withInertia()
    .withCsrfToken()
    .form({
      currentPassword,
      password: 'a-brand-new-password-26',
      password_confirmation: 'a-brand-new-password-26',
    })
    .redirects(0)
}

test.group('Staff settings: password and recovery codes', () => {
  test('the password changes only with the current one, and the change is logged', async ({
    client,
    assert,
  }) => {
    const staff = await createEnrolledStaff()

    const wrong = await changePassword(client, staff, 'not-my-password')
    assertRedirect(wrong, '/staff/settings')
    assert.equal(fieldError(wrong, 'currentPassword'), 'The password is not correct.')
    await staff.refresh()
    assert.isTrue(await hash.verify(staff.password!, STAFF_PASSWORD))

    const right = await changePassword(client, staff, STAFF_PASSWORD)
    assertRedirect(right, '/staff/settings')
    await staff.refresh()
    assert.isTrue(await hash.verify(staff.password!, 'a-brand-new-password-26'))
    const logged = await ActivityLog.query().where('action', 'staff.password.changed')
    assert.lengthOf(logged, 1)
  })

  test('after 5 wrong current passwords even the right one waits', async ({ client, assert }) => {
    const staff = await createEnrolledStaff()
    for (let attempt = 0; attempt < 5; attempt++) {
      await changePassword(client, staff, 'not-my-password')
    }
    const response = await changePassword(client, staff, STAFF_PASSWORD)
    assert.match(
      fieldError(response, 'currentPassword')!,
      /^Too many wrong passwords\. Try again in \d+ minutes\.$/
    )
    await staff.refresh()
    assert.isTrue(await hash.verify(staff.password!, STAFF_PASSWORD))
  })

  test('new recovery codes need the password', async ({ client, assert }) => {
    const staff = await createEnrolledStaff()
    const regenerate = (confirmPassword: string) =>
      client
        .post('/staff/settings/recovery-codes')
        .header('referer', '/staff/settings')
        .asStaff(staff)
        .submitForm({ confirmPassword })

    const wrong = await regenerate('not-my-password')
    assertRedirect(wrong, '/staff/settings')
    assert.equal(fieldError(wrong, 'confirmPassword'), 'The password is not correct.')

    const right = await regenerate(STAFF_PASSWORD)
    assertRedirect(right, '/staff/recovery-codes')
    const codes = right.flashMessage('staffRecoveryCodes') as unknown as string[] | undefined
    assert.lengthOf(codes ?? [], 10)
  })
})
