import './css/app.css'
import { createRoot } from 'react-dom/client'
import { createInertiaApp, type ResolvedComponent } from '@inertiajs/react'
import { resolvePageComponent } from '@adonisjs/inertia/helpers'
import { TuyauProvider } from '@adonisjs/inertia/react'
import { client } from '~/client'
import { loadMessages, pageLocale } from '~/lib/i18n'

createInertiaApp({
  title: (title) => (title ? `${title} · PCMR` : 'PCMR'),
  // Every page (first render and each visit) waits for the messages of its language.
  resolve: async (name, page) => {
    const locale = pageLocale(page?.props ?? {})
    document.documentElement.lang = locale
    const [component] = await Promise.all([
      resolvePageComponent<ResolvedComponent>(
        `./pages/${name}.tsx`,
        import.meta.glob<ResolvedComponent>('./pages/**/*.tsx')
      ),
      loadMessages(locale),
    ])
    return component
  },
  setup({ el, App, props }) {
    createRoot(el).render(
      <TuyauProvider client={client}>
        <App {...props} />
      </TuyauProvider>
    )
  },
  progress: { color: '#800080' },
  // The CSP nonce of this page (resources/views/inertia_layout.edge), for the styles Inertia injects.
  nonce: document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce,
})
