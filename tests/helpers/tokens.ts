import { DateTime } from 'luxon'
import type User from '#models/user'
import UserToken from '#models/user_token'

/** Moves the user's unused single-use tokens (emailed links) a second into the past. */
export async function expireTokensOf(user: User) {
  await UserToken.query()
    .where('userId', user.id)
    .whereNull('usedAt')
    .update({ expiresAt: DateTime.now().minus({ seconds: 1 }).toSQL() })
}
