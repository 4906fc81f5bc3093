import { test } from '@japa/runner'

test.group('Public pages', () => {
  test('an unknown URL shows the branded 404 page, also outside production', async ({ client }) => {
    const page = await client.get('/no-such-page').withInertia()
    page.assertStatus(404)
    page.assertInertiaComponent('public/errors/not_found')

    const html = await client.get('/no-such-page').header('accept', 'text/html')
    html.assertStatus(404)
    // The Inertia page of the 404, not the framework's error report.
    html.assertTextIncludes('not_found')
  })

  test('<html lang> is the language of the page', async ({ client, assert }) => {
    const greek = await client.get('/').header('accept', 'text/html')
    assert.include(greek.text(), '<html lang="el">')

    const english = await client
      .get('/')
      .withSession({ locale: 'en' })
      .header('accept', 'text/html')
    assert.include(english.text(), '<html lang="en">')

    // Staff pages are English whatever the visitor chose.
    const staff = await client.get('/staff/login').header('accept', 'text/html')
    assert.include(staff.text(), '<html lang="en">')
  })
})
