import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { configProvider } from '@adonisjs/core'
import { defineConfig, stores } from '@adonisjs/session'
import type { SessionData, SessionStoreContract } from '@adonisjs/session/types'

/**
 * The database store, minus the statements a visitor without a session row
 * would cost. The session library looks up a freshly made id (a request
 * without the session cookie), and deletes the cookie's row whenever a
 * session ends the request empty, which is every request of an anonymous
 * visitor (the CSRF secret is not kept in the session, see
 * app/middleware/csrf_middleware.ts): no row can have a new id, and when
 * reading found no row there is nothing to delete. Rows are written only
 * once the session holds something (a flash message, a sign-in).
 */
class RowAwareStore implements SessionStoreContract {
  #rowMayExist: boolean

  constructor(
    private store: SessionStoreContract,
    hasCookie: boolean
  ) {
    this.#rowMayExist = hasCookie
  }

  async read(sessionId: string) {
    if (!this.#rowMayExist) return null
    const data = await this.store.read(sessionId)
    this.#rowMayExist = data !== null
    return data
  }

  async write(sessionId: string, data: SessionData) {
    await this.store.write(sessionId, data)
    this.#rowMayExist = true
  }

  async destroy(sessionId: string) {
    if (this.#rowMayExist) await this.store.destroy(sessionId)
  }

  touch(sessionId: string) {
    return this.store.touch(sessionId)
  }
}

/*
| Expired rows are deleted by a schedule (PurgeExpiredSessionsJob, every
| quarter hour), not by a chance of 2 % after each write (the store's
| default), which put a DELETE on the response time of random requests.
*/
const databaseStore = stores.database({ connectionName: 'postgres', gcProbability: 0 })

const sessionConfig = defineConfig({
  enabled: true,
  cookieName: 'pcmr-session',
  clearWithBrowser: false,
  age: '2h',
  cookie: {
    path: '/',
    httpOnly: true,
    secure: app.inProduction,
    sameSite: 'lax',
  },
  store: env.get('SESSION_DRIVER'),
  stores: {
    // Server-side sessions: logout and bans end them for real (SPEC §7, §11).
    database: configProvider.create(async (application) => {
      const factory = await databaseStore.resolver(application)
      return (ctx, config) =>
        new RowAwareStore(factory(ctx, config), ctx.request.cookie(config.cookieName) !== undefined)
    }),
    cookie: stores.cookie(),
  },
})

export default sessionConfig
