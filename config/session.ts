import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { configProvider } from '@adonisjs/core'
import { defineConfig, stores } from '@adonisjs/session'

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
    database: configProvider.create(async () => {
      const { default: DatabaseSessionStore } = await import('#stores/database_session_store')
      return (ctx, config) =>
        new DatabaseSessionStore(ctx.request.cookie(config.cookieName) !== undefined, config.age)
    }),
    cookie: stores.cookie(),
  },
})

export default sessionConfig
