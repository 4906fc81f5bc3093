import env from '#start/env'
import app from '@adonisjs/core/services/app'
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
    database: stores.database({ connectionName: 'postgres' }),
    cookie: stores.cookie(),
  },
})

export default sessionConfig
