import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/core/http'

export const appKey = env.get('APP_KEY')
export const appUrl = env.get('APP_URL')

export const http = defineConfig({
  generateRequestId: true,
  allowMethodSpoofing: false,
  // Lets the logger attach the request id to every line written during a request.
  useAsyncLocalStorage: true,
  /*
  | JSON bodies (Inertia visits, the JSON endpoints) are plain data shaped by
  | transformers: no cycles, no BigInt (int8 columns read as numbers,
  | config/database.ts). The default, safeStringify, walks every value
  | through a replacer for those: 2 % of the CPU of an Inertia visit of the
  | staff order list.
  */
  serializeJSON: JSON.stringify,
  cookie: {
    domain: '',
    path: '/',
    maxAge: '2h',
    httpOnly: true,
    secure: app.inProduction,
    sameSite: 'lax',
  },
})
