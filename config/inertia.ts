import { defineConfig } from '@adonisjs/inertia'

const inertiaConfig = defineConfig({
  rootView: 'inertia_layout',
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
