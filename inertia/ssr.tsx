/*
| Server rendering of the public pages (config/inertia.ts decides which):
| loaded by the app through Vite (`vite.loadServerModule`) in development and
| from build/public/assets/server in production.
*/
import { renderToString } from 'react-dom/server'
import { createInertiaApp } from '@inertiajs/react'
import type { Page } from '@inertiajs/core'
import { pageTitle, Providers, resolvePage } from '~/lib/app_frame'

export default function render(page: Page) {
  return createInertiaApp({
    page,
    render: renderToString,
    title: pageTitle,
    resolve: (name, resolving) => resolvePage(name, resolving?.props ?? page.props),
    setup: ({ App, props }) => (
      <Providers>
        <App {...props} />
      </Providers>
    ),
  })
}
