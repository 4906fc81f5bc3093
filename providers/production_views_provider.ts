import type { ApplicationService } from '@adonisjs/core/types'
import { BoundedMemo } from '#domain/bounded_memo'

/** Stands for the request's CSP nonce in remembered asset tags (plain ASCII: no escaping changes it). */
const NONCE_PLACEHOLDER = 'PCMR-CSP-NONCE-PLACEHOLDER'

/**
 * Production renders of the root layout, without work whose answer cannot
 * change while the process runs (the views and the Vite manifest are
 * deployed with it):
 * - Edge's components are listed once. Edge decides whether its component
 *   plugin re-reads the views' disk on every render when it is created,
 *   before the framework turns its template cache on (edge_provider:
 *   `configure({ cache: app.inProduction })`): each render asked the disk
 *   again (existsSync per views folder, 1.3 % of the CPU of the staff order
 *   list under load).
 * - `@vite(...)` asset tags are built once per set of entry points, then
 *   given the request's nonce. Walking the manifest, de-duplicating the
 *   preloads and rendering the elements on every page was 2 % of the CPU of
 *   an HTML page under load.
 */
type AssetTagsSource = {
  generateEntryPointsTags(
    entryPoints: string[] | string,
    attributes?: Record<string, any>
  ): Promise<{ toString(): string }[]>
}

/**
 * `@vite(...)` tags built once per set of entry points and attributes, each
 * call getting them with its own nonce (see ProductionViewsProvider).
 */
export function rememberAssetTags(vite: AssetTagsSource) {
  const generate = vite.generateEntryPointsTags.bind(vite)
  const remembered = new BoundedMemo<Promise<string[]>>(1_000)
  vite.generateEntryPointsTags = async (entryPoints, attributes) => {
    if (typeof attributes === 'function') return generate(entryPoints, attributes)
    const { nonce, ...others } = attributes ?? {}
    const withNonce = typeof nonce === 'string'
    const key = JSON.stringify([entryPoints, others, withNonce])
    const tags = await remembered.get(key, async () => {
      const elements = await generate(
        entryPoints,
        withNonce ? { ...others, nonce: NONCE_PLACEHOLDER } : others
      )
      return elements.map(String)
    })
    return withNonce ? tags.map((tag) => tag.replaceAll(NONCE_PLACEHOLDER, nonce)) : tags
  }
}

export default class ProductionViewsProvider {
  constructor(protected app: ApplicationService) {}

  async start() {
    if (!this.app.inProduction) return
    const { default: edge } = await import('edge.js')
    const components = edge.loader.listComponents()
    edge.loader.listComponents = () => components

    const vite = await this.app.container.make('vite')
    if (!vite.useDevServer) rememberAssetTags(vite)
  }
}
