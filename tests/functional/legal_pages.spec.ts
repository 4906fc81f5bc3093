import { test } from '@japa/runner'

test.group('Legal pages', () => {
  test('/terms and /privacy, linked from the registration form, render for anyone', async ({
    client,
  }) => {
    for (const [url, component] of [
      ['/terms', 'public/legal/terms'],
      ['/privacy', 'public/legal/privacy'],
    ]) {
      const response = await client.get(url).withInertia()
      response.assertStatus(200)
      response.assertInertiaComponent(component)
    }
  })
})
