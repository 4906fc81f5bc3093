import logger from '@adonisjs/core/services/logger'
import { Job } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import SessionPurgeService from '#services/session_purge_service'

/**
 * Deletes expired sessions. Scheduled in start/scheduler.ts; the queue worker
 * (`node ace queue:work`) runs it. `node ace sessions:purge` does the same
 * by hand.
 */
export default class PurgeExpiredSessionsJob extends Job<Record<string, never>> {
  static options: JobOptions = {
    // Stable name: the queue stores it with each row, the worker looks the class up by it.
    name: 'PurgeExpiredSessionsJob',
    queue: 'default',
    removeOnComplete: true,
    removeOnFail: false,
  }

  async execute() {
    const purged = await new SessionPurgeService().purgeExpired()
    if (purged > 0) logger.info({ purged }, 'expired sessions deleted')
  }
}
