import { MessageBuilder } from '@adonisjs/core/helpers'
import string from '@adonisjs/core/helpers/string'
import db from '@adonisjs/lucid/services/db'
import type { SessionData, SessionStoreContract } from '@adonisjs/session/types'
import { compiledStatement } from '#queries/compiled_statement'

/*
| Sessions in the `sessions` table (logging out deletes the row, so a copied
| cookie stops working; every app instance sees the same sessions). The
| statements are those of the session package's database store, compiled
| once (see CompiledStatement): reading and touching the row are two of the
| statements of every signed-in request. Expired rows are deleted by a
| schedule (PurgeExpiredSessionsJob, every quarter hour), not by a chance
| after a write, which put a DELETE on the response time of random requests.
*/
const SESSIONS = 'sessions'
const readRow = compiledStatement((id: string) => db.from(SESSIONS).where('id', id).limit(1))
const touchRow = compiledStatement((expiresAt: Date, id: string) =>
  db.from(SESSIONS).where('id', id).update({ expires_at: expiresAt })
)
const upsertRow = compiledStatement((id: string, data: string, expiresAt: Date) =>
  db
    .insertQuery()
    .table(SESSIONS)
    .insert({ id, data, expires_at: expiresAt })
    .knexQuery.onConflict('id')
    .merge(['data', 'expires_at'])
)
const deleteRow = compiledStatement((id: string) => db.from(SESSIONS).where('id', id).delete())

/**
 * One request's session store. A visitor without a session row costs no
 * statement: the session package looks up a freshly made id (a request
 * without the session cookie), and deletes the cookie's row whenever a
 * session ends the request empty, which is every request of an anonymous
 * visitor (the CSRF secret is not kept in the session, see
 * app/middleware/csrf_middleware.ts): no row can have a new id, and when
 * reading found no row there is nothing to delete. Rows are written only
 * once the session holds something (a flash message, a sign-in).
 */
export default class DatabaseSessionStore implements SessionStoreContract {
  #rowMayExist: boolean
  #ageSeconds: number

  /** `hasCookie`: the request came with a session cookie; `age`: as config/session.ts says it. */
  constructor(hasCookie: boolean, age: string | number) {
    this.#rowMayExist = hasCookie
    this.#ageSeconds = string.seconds.parse(age)
  }

  #expiresAt() {
    return new Date(Date.now() + this.#ageSeconds * 1000)
  }

  async read(sessionId: string): Promise<SessionData | null> {
    if (!this.#rowMayExist) return null
    const row = await readRow.first<{ data: string; expires_at: Date }>(sessionId)
    this.#rowMayExist = row !== null
    if (!row) return null
    if (row.expires_at.getTime() < Date.now()) {
      await this.destroy(sessionId)
      return null
    }
    try {
      // Signed for this id: a row's data cannot be moved to another session.
      return new MessageBuilder().verify<SessionData>(row.data, sessionId)
    } catch {
      return null
    }
  }

  async write(sessionId: string, values: SessionData) {
    const data = new MessageBuilder().build(values, undefined, sessionId)
    await upsertRow.execute(sessionId, data, this.#expiresAt())
    this.#rowMayExist = true
  }

  async destroy(sessionId: string) {
    if (!this.#rowMayExist) return
    await deleteRow.execute(sessionId)
    this.#rowMayExist = false
  }

  async touch(sessionId: string) {
    await touchRow.execute(this.#expiresAt(), sessionId)
  }
}
