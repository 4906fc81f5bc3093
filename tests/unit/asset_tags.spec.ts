import { test } from '@japa/runner'
import { rememberAssetTags } from '#providers/production_views_provider'

/** Vite's tag builder as far as the layout uses it: entry points and attributes in, elements out. */
function fakeVite() {
  const vite = {
    builds: 0,
    async generateEntryPointsTags(
      entryPoints: string[] | string,
      attributes?: Record<string, any>
    ) {
      vite.builds++
      const nonce = attributes?.nonce ? ` nonce="${attributes.nonce}"` : ''
      return [entryPoints].flat().map((entry) => ({
        toString: () => `<script type="module" src="/assets/${entry}.js"${nonce}></script>`,
      }))
    },
  }
  return vite
}

async function tagsOf(
  vite: ReturnType<typeof fakeVite>,
  entryPoints: string[],
  attributes?: Record<string, any>
) {
  const elements = await vite.generateEntryPointsTags(entryPoints, attributes)
  return elements.map(String)
}

test.group('Vite asset tags, built once per set of entry points', () => {
  test('each page gets the tags with its own nonce, built once', async ({ assert }) => {
    const vite = fakeVite()
    rememberAssetTags(vite)
    const first = await tagsOf(vite, ['app', 'pages/home'], { nonce: 'n0nce-1' })
    const second = await tagsOf(vite, ['app', 'pages/home'], { nonce: 'n0nce-2' })
    assert.deepEqual(first, [
      '<script type="module" src="/assets/app.js" nonce="n0nce-1"></script>',
      '<script type="module" src="/assets/pages/home.js" nonce="n0nce-1"></script>',
    ])
    assert.deepEqual(second, [
      '<script type="module" src="/assets/app.js" nonce="n0nce-2"></script>',
      '<script type="module" src="/assets/pages/home.js" nonce="n0nce-2"></script>',
    ])
    assert.equal(vite.builds, 1)
  })

  test('other entry points or attributes are built on their own', async ({ assert }) => {
    const vite = fakeVite()
    rememberAssetTags(vite)
    await tagsOf(vite, ['app', 'pages/home'], { nonce: 'a' })
    const other = await tagsOf(vite, ['app', 'pages/pricing'], { nonce: 'b' })
    const withoutNonce = await tagsOf(vite, ['app', 'pages/home'])
    assert.include(other[1], 'pages/pricing.js" nonce="b"')
    assert.notInclude(withoutNonce.join(''), 'nonce')
    assert.equal(vite.builds, 3)
  })
})
