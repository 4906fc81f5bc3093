import { indexPages } from '@adonisjs/inertia'
import { indexEntities } from '@adonisjs/core'
import { defineConfig } from '@adonisjs/core/app'
import { generateRegistry } from '@tuyau/core/hooks'

export default defineConfig({
  experimental: {},

  // Application commands are scanned from ./commands automatically.
  commands: [
    () => import('@adonisjs/core/commands'),
    () => import('@adonisjs/lucid/commands'),
    () => import('@adonisjs/mail/commands'),
    () => import('@adonisjs/queue/commands'),
  ],

  providers: [
    () => import('@adonisjs/core/providers/app_provider'),
    () => import('@adonisjs/core/providers/hash_provider'),
    {
      file: () => import('@adonisjs/core/providers/repl_provider'),
      environment: ['repl', 'test'],
    },
    () => import('@adonisjs/core/providers/vinejs_provider'),
    () => import('@adonisjs/core/providers/edge_provider'),
    () => import('@adonisjs/session/session_provider'),
    () => import('@adonisjs/vite/vite_provider'),
    () => import('@adonisjs/shield/shield_provider'),
    () => import('@adonisjs/static/static_provider'),
    () => import('@adonisjs/lucid/database_provider'),
    () => import('@adonisjs/inertia/inertia_provider'),
    () => import('@adonisjs/auth/auth_provider'),
    () => import('@adonisjs/mail/mail_provider'),
    () => import('@adonisjs/queue/queue_provider'),
    () => import('@adonisjs/limiter/limiter_provider'),
    () => import('@adonisjs/bouncer/bouncer_provider'),
    () => import('@adonisjs/ally/ally_provider'),
    () => import('@adonisjs/i18n/i18n_provider'),
    // ctx.serialize for JSON bodies shaped by transformers.
    () => import('#providers/api_provider'),
    // Production renders list Edge's components and build Vite's asset tags once.
    () => import('#providers/production_views_provider'),
    // Signed cookies (the session id) signed and checked once per value.
    () => import('#providers/signed_cookies_provider'),
  ],

  preloads: [
    () => import('#start/routes'),
    () => import('#start/kernel'),
    // mail.sendLater(...) goes through the durable queue.
    () => import('#start/mail'),
    () => import('#start/events'),
    // Recurring jobs (queue_schedules), registered by the web server for the worker.
    { file: () => import('#start/scheduler'), environment: ['web'] },
  ],

  tests: {
    suites: [
      { name: 'unit', files: ['tests/unit/**/*.spec.{ts,js}'], timeout: 10_000 },
      { name: 'functional', files: ['tests/functional/**/*.spec.{ts,js}'], timeout: 60_000 },
      { name: 'browser', files: ['tests/browser/**/*.spec.{ts,js}'], timeout: 120_000 },
    ],
    forceExit: false,
  },

  metaFiles: [
    { pattern: 'resources/views/**/*.edge', reloadServer: false },
    { pattern: 'resources/fonts/**', reloadServer: false },
    { pattern: 'public/**', reloadServer: false },
    // Translations are loaded once at boot: restart the dev server when they change.
    { pattern: 'resources/lang/**/*.json', reloadServer: true },
  ],

  hooks: {
    init: [
      indexEntities({
        // Page types (Data.*) of the transformers themselves, not of their shared base (flat_rows.ts).
        transformers: { enabled: true, withSharedProps: true, glob: ['**/*_transformer.ts'] },
      }),
      indexPages({ framework: 'react' }),
      generateRegistry(),
    ],
    buildStarting: [() => import('@adonisjs/vite/build_hook')],
    // build/package.json gets the production scripts (start, worker, ace) on Node 24.
    buildFinished: [() => import('./bin/production_build.js')],
  },
})
