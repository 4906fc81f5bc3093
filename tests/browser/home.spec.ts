/// <reference lib="dom" />
import { test } from '@japa/runner'

test.group('Home page in Chromium', () => {
  test('renders the hero and the four steps in Greek', async ({ visit }) => {
    const page = await visit('/')
    await page.assertTextContains('h1', 'Υπολογιστές φτιαγμένοι για εσένα.')
    await page.assertElementsCount('.step', 4)
    await page.assertTitle('Custom PCs · PCMR')
  })

  test('uses the brand tokens and self-hosted fonts', async ({ visit, assert }) => {
    const page = await visit('/')
    await page.waitForLoadState('networkidle')
    const styles = await page.evaluate(() => {
      const root = getComputedStyle(document.documentElement)
      return {
        primary: root.getPropertyValue('--color-primary').trim(),
        background: getComputedStyle(document.body).backgroundColor,
        heading: getComputedStyle(document.querySelector('h1')!).fontFamily,
      }
    })
    assert.equal(styles.primary, '#400080')
    assert.equal(styles.background, 'rgb(7, 6, 13)')
    assert.match(styles.heading, /Roboto Slab/)
    // Fonts come from our own origin, never a CDN.
    const fontUrls = await page.evaluate(async () => {
      await document.fonts.ready
      return performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => /\.(woff2?|ttf)(\?|$)/.test(name))
    })
    assert.isAbove(fontUrls.length, 0)
    for (const url of fontUrls) assert.match(url, /^http:\/\/(localhost|127\.0\.0\.1)/)
  })
})
