/*
| The Ignitor every entrypoint starts from (bin/console.ts, bin/server.ts,
| bin/test.ts): the app root, an importer that resolves the app's own files
| from it, the environment validated first (start/env.ts) and a clean stop on
| SIGTERM (and SIGINT under pm2). Each entrypoint picks what to run: Ace, the
| HTTP server or the test runner.
*/
import 'reflect-metadata'
import { Ignitor } from '@adonisjs/core'

const APP_ROOT = new URL('../../', import.meta.url)

const IMPORTER = (filePath: string) => {
  if (filePath.startsWith('./') || filePath.startsWith('../')) {
    return import(new URL(filePath, APP_ROOT).href)
  }
  return import(filePath)
}

export function appIgnitor() {
  return new Ignitor(APP_ROOT, { importer: IMPORTER }).tap((app) => {
    app.booting(async () => {
      await import('#start/env')
    })
    app.listen('SIGTERM', () => app.terminate())
    app.listenIf(app.managedByPm2, 'SIGINT', () => app.terminate())
  })
}
