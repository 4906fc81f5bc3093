/*
| The HTML shell every page arrives in (resources/views/inertia_layout.edge):
| one meta description in the page's language, the page's own when it has one
| and the site's otherwise (portal and sign-in pages), and the page's script
| named next to the app's, so the browser fetches both at once; customer pages
| link the app's stylesheet, back-office pages the back office's after it.
*/
import { test } from '@japa/runner'
import i18nManager from '@adonisjs/i18n/services/main'
import { createCustomer } from '#tests/helpers/staff'

const descriptions = (html: string) =>
  [...html.matchAll(/<meta[^>]*name="description"[^>]*content="([^"]*)"/g)].map((match) => match[1])

const siteDescription = (locale: 'el' | 'en') =>
  i18nManager.locale(locale).t('site.meta.home.description')

test.group('Page shell', () => {
  test('a portal page carries the site description in the customer language', async ({
    client,
    assert,
  }) => {
    const customer = await createCustomer()
    const response = await client.get('/portal').loginAs(customer)
    response.assertStatus(200)
    assert.deepEqual(descriptions(response.text()), [siteDescription('el')])
  })

  test('a sign-in page carries the site description in the visitor language', async ({
    client,
    assert,
  }) => {
    const response = await client.get('/login?lang=en')
    response.assertStatus(200)
    assert.deepEqual(descriptions(response.text()), [siteDescription('en')])
  })

  test('a public page with a description of its own has only that one', async ({
    client,
    assert,
  }) => {
    const response = await client.get('/services')
    response.assertStatus(200)
    assert.deepEqual(descriptions(response.text()), [
      i18nManager.locale('el').t('site.meta.services.description'),
    ])
  })

  test("the page's script is named next to the app's", async ({ client, assert }) => {
    const response = await client.get('/login')
    response.assertStatus(200)
    assert.match(response.text(), /<script[^>]+src="[^"]*inertia\/pages\/public\/auth\/login\.tsx"/)
  })

  test("each audience's page links its own stylesheets only", async ({ client, assert }) => {
    const stylesheets = async (path: string) => {
      const response = await client.get(path)
      response.assertStatus(200)
      return [...response.text().matchAll(/<link[^>]*rel="stylesheet"[^>]*>/g)]
        .map((link) => /href="[^"]*\/css\/(\w+)\.css"/.exec(link[0])?.[1])
        .filter(Boolean)
    }
    assert.deepEqual(await stylesheets('/pricing'), ['app'])
    assert.deepEqual(await stylesheets('/login'), ['app'])
    assert.deepEqual(await stylesheets('/staff/login'), ['app', 'staff'])
  })
})
