import { test } from '@japa/runner'

test.group('Health and home page', () => {
  test('GET /health answers 200 with status ok', async ({ client }) => {
    const response = await client.get('/health')
    response.assertStatus(200)
    response.assertBody({ status: 'ok' })
  })

  test('GET / renders the public home page through Inertia', async ({ client }) => {
    const response = await client.get('/').withInertia()
    response.assertStatus(200)
    response.assertInertiaComponent('public/home')
  })

  test('GET / serves the HTML shell with the app mount point', async ({ client, assert }) => {
    const response = await client.get('/')
    response.assertStatus(200)
    assert.include(response.text(), 'id="app"')
    assert.include(response.text(), 'inertia/app.tsx')
  })
})
