import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/inertia'
import viteConfig from '#config/vite'

/*
| Version of the built client (a hash of Vite's manifest), computed once at
| boot: a deployment replaces the process along with the files. Inertia would
| otherwise hash the stringified manifest on every request. Without a
| manifest (the Vite dev server in development and tests) Inertia decides.
*/
const manifestPath = app.makePath(viteConfig.manifestFile)
const assetsVersion =
  app.inProduction && existsSync(manifestPath)
    ? createHash('md5').update(readFileSync(manifestPath)).digest('hex')
    : undefined

const inertiaConfig = defineConfig({
  rootView: 'inertia_layout',
  assetsVersion,
  ssr: {
    enabled: true,
    // Only the public site is server-rendered (first paint and search engines);
    // staff and portal pages are rendered in the browser.
    pages: (_ctx, page) => page.startsWith('public/'),
    // Also listed under serverEntryPoints in vite.config.ts, so the build bundles it.
    entrypoint: 'inertia/ssr.tsx',
  },
})

export default inertiaConfig
