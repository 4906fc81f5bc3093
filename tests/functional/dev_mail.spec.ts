/*
| /dev/mail (development only, start/routes.ts): the sample mail goes to any
| address, so the pages and the form are for signed-in staff only.
*/
import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import mail from '@adonisjs/mail/services/main'
import { createCustomer, createEnrolledStaff } from '#tests/helpers/staff'
import { assertRedirect } from '#tests/helpers/requests'

/** The sample mail form, sent by whoever the request is signed in as. */
function postSample(client: ApiClient, fields: { to: string; locale?: string }) {
  return client.post('/dev/mail/sample').withCsrfToken().form(fields).redirects(0)
}

test.group('Dev mail: signed-in staff only', () => {
  test('a visitor cannot queue a sample mail nor open the pages', async ({ client }) => {
    using fake = mail.fake()

    const sample = await postSample(client, { to: 'victim@example.com', locale: 'el' })
    assertRedirect(sample, '/staff/login')
    fake.mails.assertNoneQueued()

    for (const url of ['/dev/mail', '/dev/mail/preview/el']) {
      assertRedirect(await client.get(url).redirects(0), '/staff/login')
    }
  })

  test('a customer and a staff member still signing in cannot either', async ({ client }) => {
    using fake = mail.fake()

    const customer = await createCustomer()
    const asCustomer = await postSample(client, { to: 'victim@example.com' }).loginAs(customer)
    assertRedirect(asCustomer, '/portal')

    // Password given, second factor not yet.
    const staff = await createEnrolledStaff()
    const halfway = await postSample(client, { to: 'victim@example.com' }).loginAs(staff)
    assertRedirect(halfway, '/staff/two-factor')
    fake.mails.assertNoneQueued()
  })

  test('signed-in staff queue the sample and preview the layout', async ({ client, assert }) => {
    using fake = mail.fake()
    const staff = await createEnrolledStaff()

    const sample = await postSample(client, { to: 'tester@pcmr.gr', locale: 'en' }).asStaff(staff)
    assertRedirect(sample, `/dev/mail?queued=${encodeURIComponent('tester@pcmr.gr')}`)
    assert.lengthOf(fake.mails.queued(), 1)

    const preview = await client.get('/dev/mail/preview/en').asStaff(staff)
    preview.assertStatus(200)
    // Like the real customer mails, the sample greets without the name.
    assert.include(preview.text(), 'Hello,')
    assert.notInclude(preview.text(), 'Maria')
    // The email's inline styles are allowed on this page only, and nothing else is.
    assert.equal(
      preview.header('content-security-policy'),
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data: https:; frame-ancestors 'none'"
    )
  })
})
