import type { ApplicationService } from '@adonisjs/core/types'

/**
 * Edge's components, listed once in production. Edge decides whether its
 * component plugin re-reads the views' disk on every render when it is
 * created, before the framework turns its template cache on (edge_provider:
 * `configure({ cache: app.inProduction })`): each render asked the disk again
 * (existsSync per views folder, 1.3 % of the CPU of the staff order list under
 * load). Production views do not change while the process runs.
 */
export default class EdgeComponentsProvider {
  constructor(protected app: ApplicationService) {}

  async start() {
    if (!this.app.inProduction) return
    const { default: edge } = await import('edge.js')
    const components = edge.loader.listComponents()
    edge.loader.listComponents = () => components
  }
}
