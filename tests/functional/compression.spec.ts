/*
| Text responses travel compressed (app/middleware/compression_middleware.ts):
| pages, Inertia's JSON and the files in public/, with brotli or gzip as the
| browser asks; Vite's hashed files may be cached for a year. Asked with
| Node's fetch, which decodes the body, so each test also checks that what
| arrives is the page itself.
*/
import { randomBytes } from 'node:crypto'
import { readFile, rm, writeFile, mkdir } from 'node:fs/promises'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import env from '#start/env'
import { createEnrolledStaff } from '#tests/helpers/staff'

const base = () => `http://${env.get('HOST')}:${env.get('PORT')}`

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${base()}${path}`, { headers: { accept: 'text/html', ...headers } })

test.group('Compression of responses', () => {
  for (const encoding of ['br', 'gzip']) {
    test('a page is sent {$self} when the browser asks for it')
      .with([encoding])
      .run(async ({ assert }, asked) => {
        const response = await get('/login', { 'accept-encoding': asked })
        assert.equal(response.status, 200)
        assert.equal(response.headers.get('content-encoding'), asked)
        assert.include(response.headers.get('vary') ?? '', 'Accept-Encoding')
        assert.include(await response.text(), 'data-page="app"')
      })
  }

  test('brotli is preferred when the browser accepts both', async ({ assert }) => {
    const response = await get('/login', { 'accept-encoding': 'gzip, deflate, br, zstd' })
    assert.equal(response.headers.get('content-encoding'), 'br')
  })

  test("an Inertia visit's JSON is compressed too", async ({ client }) => {
    // The staff dashboard: props well over the 1 KiB below which compressing is not worth it.
    const staff = await createEnrolledStaff('admin')
    const response = await client
      .get('/staff')
      .asStaff(staff)
      .withInertia()
      .header('accept-encoding', 'gzip')
    response.assertStatus(200)
    response.assertHeader('content-encoding', 'gzip')
    response.assertInertiaComponent('staff/dashboard')
  })

  test('a client that asks for no encoding gets the plain page', async ({ assert }) => {
    const response = await get('/login', { 'accept-encoding': 'identity' })
    assert.equal(response.status, 200)
    assert.isNull(response.headers.get('content-encoding'))
    assert.include(await response.text(), 'data-page="app"')
  })

  test('files in public/ are compressed; hashed build files are cacheable for a year', async ({
    assert,
    cleanup,
  }) => {
    // A stand-in for a file of Vite's build (public/assets/<name>-<hash>.js).
    const name = `compression-probe-${randomBytes(4).toString('hex')}.js`
    const path = app.publicPath('assets', name)
    const script = `export const words = ${JSON.stringify('καλημέρα κόσμε '.repeat(400))}\n`
    await mkdir(app.publicPath('assets'), { recursive: true })
    await writeFile(path, script)
    cleanup(() => rm(path, { force: true }))

    const asset = await get(`/assets/${name}`, { 'accept-encoding': 'br' })
    assert.equal(asset.status, 200)
    assert.equal(asset.headers.get('content-encoding'), 'br')
    assert.equal(asset.headers.get('cache-control'), 'public, max-age=31536000, immutable')
    assert.equal(await asset.text(), await readFile(path, 'utf8'))

    // Not a build file: revalidated on every use.
    const icon = await get('/favicon.svg', { 'accept-encoding': 'br' })
    assert.equal(icon.status, 200)
    assert.notInclude(icon.headers.get('cache-control') ?? '', 'immutable')
  })
})
