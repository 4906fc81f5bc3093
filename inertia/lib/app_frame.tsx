/*
| What the browser entry (app.tsx) and the server renderer (ssr.tsx) share,
| so a server-rendered page and its hydration produce the same markup: the
| page resolver (the component plus the messages of the page's language) and
| the providers around every page.
*/
import type { ReactNode } from 'react'
import type { ResolvedComponent } from '@inertiajs/react'
import { resolvePageComponent } from '@adonisjs/inertia/helpers'
import { TuyauProvider } from '@adonisjs/inertia/react'
import { client } from '~/client'
import { loadMessages, pageLocale } from '~/lib/i18n'

/** `<title>` of every page: the page's own title, then the brand. */
export const pageTitle = (title: string) => (title ? `${title} · PCMR` : 'PCMR')

/** The component of page `name`, once the messages of its language are loaded. */
export async function resolvePage(name: string, props: object) {
  const [component] = await Promise.all([
    resolvePageComponent<ResolvedComponent>(
      `../pages/${name}.tsx`,
      import.meta.glob<ResolvedComponent>('../pages/**/*.tsx')
    ),
    loadMessages(pageLocale(props)),
  ])
  return component
}

export function Providers({ children }: { children: ReactNode }) {
  return <TuyauProvider client={client}>{children}</TuyauProvider>
}
