import db from '@adonisjs/lucid/services/db'

/**
 * Deletes the sessions whose time is up (`expires_at` passed: no request
 * came for the session's whole age). Such a row can no longer be used, since
 * reading an expired session ignores it; deleting keeps the table to the
 * live sessions. Returns how many rows went.
 */
export default class SessionPurgeService {
  async purgeExpired(now = new Date()): Promise<number> {
    const purged = await db.from('sessions').where('expires_at', '<=', now).delete().returning('id')
    return purged.length
  }
}
