import './css/app.css'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { createInertiaApp } from '@inertiajs/react'
import { pageLocale } from '~/lib/i18n'
import { pageTitle, Providers, resolvePage } from '~/lib/app_frame'

createInertiaApp({
  title: pageTitle,
  // Every page (first render and each visit) waits for the messages of its language.
  resolve: (name, page) => {
    document.documentElement.lang = pageLocale(page?.props ?? {})
    return resolvePage(name, page?.props ?? {})
  },
  setup({ el, App, props }) {
    const app = (
      <Providers>
        <App {...props} />
      </Providers>
    )
    // Public pages arrive server-rendered (config/inertia.ts): hydrate them;
    // staff and portal pages arrive as an empty mount element.
    if (el.hasChildNodes()) hydrateRoot(el, app)
    else createRoot(el).render(app)
  },
  progress: { color: '#800080' },
  // The CSP nonce of this page (resources/views/inertia_layout.edge), for the styles Inertia injects.
  nonce: document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce,
})
