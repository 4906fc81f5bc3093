/*
| Recurring jobs. Each schedule is a row of `queue_schedules`, upserted by its
| id when the web server starts (so a changed interval takes effect on the
| next deploy); the queue worker (`node ace queue:work`) dispatches it when
| due and runs it. Not on every boot in the web environment: Ace boots the
| app that way to read its routes (codegen), on databases not migrated yet.
*/
import emitter from '@adonisjs/core/services/emitter'
import logger from '@adonisjs/core/services/logger'
import PurgeExpiredSessionsJob from '#jobs/purge_expired_sessions_job'

/** Expired sessions leave the table within a quarter of an hour. */
export const PURGE_EXPIRED_SESSIONS_SCHEDULE = 'purge-expired-sessions'

export async function registerSchedules() {
  await PurgeExpiredSessionsJob.schedule({}).id(PURGE_EXPIRED_SESSIONS_SCHEDULE).every('15m').run()
}

emitter.on('http:server_ready', () =>
  registerSchedules().catch((error) =>
    logger.error({ err: error }, 'the recurring jobs could not be scheduled')
  )
)
