/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { test } from '@japa/runner'

test.group('Home page in Chromium', () => {
  test('renders the hero and the four steps in Greek', async ({ visit }) => {
    const page = await visit('/')
    await page.assertTextContains('h1', 'Υπολογιστές φτιαγμένοι για εσένα.')
    await page.assertElementsCount('.step', 4)
    await page.assertTitle('Custom PCs στην Αθήνα · PCMR')
  })

  test('switches to English from the header: every word, <html lang>, and back', async ({
    visit,
    assert,
  }) => {
    const page = await visit('/')
    await page.setViewportSize({ width: 390, height: 844 })
    await page.click('header .lang-switch button[lang=en]')
    await page.waitForFunction(() => document.documentElement.lang === 'en')
    await page.assertTextContains('h1', 'Computers built for you.')
    await page.assertTextContains('.steps', 'Tell us what you need')
    assert.equal(await page.textContent('.hero a[href="/contact"]'), 'Ask for a quote')
    await page.assertTextContains('header nav', 'Sign in')

    await page.click('header .lang-switch button[lang=el]')
    await page.waitForFunction(() => document.documentElement.lang === 'el')
    await page.assertTextContains('h1', 'Υπολογιστές φτιαγμένοι για εσένα.')
  })

  test('links only to pages that exist, headings without gaps', async ({ visit, assert }) => {
    const page = await visit('/')
    await page.waitForSelector('h1')
    const { links, levels } = await page.evaluate(() => ({
      links: [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href),
      levels: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) =>
        Number(h.tagName[1])
      ),
    }))
    for (const link of new Set(links)) {
      const url = new URL(link)
      if (url.origin !== new URL(page.url()).origin || url.pathname === '/') continue
      const response = await page.request.get(url.pathname)
      assert.equal(response.status(), 200, `${url.pathname} exists`)
    }
    assert.equal(levels[0], 1)
    levels.forEach((level, index) => {
      if (index > 0)
        assert.isAtMost(level, levels[index - 1] + 1, `h${level} after h${levels[index - 1]}`)
    })
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
