import { test } from '@japa/runner'

test.group('Public pages', () => {
  test('public pages are server-rendered; staff pages are rendered in the browser', async ({
    client,
    assert,
  }) => {
    const home = await client.get('/').header('accept', 'text/html')
    home.assertStatus(200)
    // The heading's text is in the HTML itself, before any script runs.
    assert.match(home.text(), /<h1[^>]*>[^<]*Υπολογιστ/)
    assert.match(home.text(), /<title[^>]*>[^<]+· PCMR<\/title>/)

    const english = await client
      .get('/')
      .withPlainCookie('locale', 'en')
      .header('accept', 'text/html')
    assert.match(english.text(), /<h1[^>]*>[^<]*[Cc]omputer/)

    const staff = await client.get('/staff/login').header('accept', 'text/html')
    assert.match(staff.text(), /<div id="app"><\/div>/)
  })

  test('an unknown URL shows the branded 404 page, also outside production', async ({ client }) => {
    const page = await client.get('/no-such-page').withInertia()
    page.assertStatus(404)
    page.assertInertiaComponent('public/errors/not_found')

    const html = await client.get('/no-such-page').header('accept', 'text/html')
    html.assertStatus(404)
    // The Inertia page of the 404, not the framework's error report.
    html.assertTextIncludes('not_found')
  })

  test("an unknown URL's 404 speaks the visitor's language (cookie or ?lang=), Greek by default", async ({
    client,
    assert,
  }) => {
    const greek = await client.get('/no-such-page').header('accept', 'text/html')
    greek.assertStatus(404)
    assert.include(greek.text(), '<html lang="el">')
    assert.match(greek.text(), /<h1[^>]*>Η σελίδα δεν βρέθηκε/)

    const chosen = await client
      .get('/no-such-page')
      .withPlainCookie('locale', 'en')
      .header('accept', 'text/html')
    chosen.assertStatus(404)
    assert.include(chosen.text(), '<html lang="en">')
    assert.match(chosen.text(), /<h1[^>]*>Page not found\./)

    const linked = await client.get('/no-such-page?lang=en').withInertia()
    linked.assertStatus(404)
    linked.assertInertiaPropsContains({ locale: 'en' })
  })

  test('<html lang> is the language of the page', async ({ client, assert }) => {
    const greek = await client.get('/').header('accept', 'text/html')
    assert.include(greek.text(), '<html lang="el">')

    const english = await client
      .get('/')
      .withPlainCookie('locale', 'en')
      .header('accept', 'text/html')
    assert.include(english.text(), '<html lang="en">')

    // Staff pages are English whatever the visitor chose.
    const staff = await client.get('/staff/login').header('accept', 'text/html')
    assert.include(staff.text(), '<html lang="en">')
  })
})
