import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * `node ace sessions:purge`: deletes the expired rows of the sessions table
 * now. The queue worker does it on a schedule (PurgeExpiredSessionsJob).
 */
export default class PurgeSessions extends BaseCommand {
  static commandName = 'sessions:purge'
  static description = 'Delete expired sessions from the sessions table'
  static options: CommandOptions = { startApp: true }

  async run() {
    // Imported once the app has booted: the service needs the database.
    const { default: SessionPurgeService } = await import('#services/session_purge_service')
    const purged = await new SessionPurgeService().purgeExpired()
    this.logger.success(`${purged} expired session${purged === 1 ? '' : 's'} deleted`)
  }
}
