import type { HttpContext } from '@adonisjs/core/http'

export default class HealthController {
  /**
   * Liveness: the process answers HTTP. Readiness (database, storage, queue)
   * lives at /health/ready.
   */
  async live({ response }: HttpContext) {
    return response.ok({ status: 'ok' })
  }
}
