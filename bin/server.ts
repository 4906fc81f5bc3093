/*
| HTTP server entrypoint: `node ace serve` runs it in development and
| `node build/bin/server.js` in production.
*/
import { prettyPrintError } from '@adonisjs/core'
import { appIgnitor } from './support/ignitor.js'

appIgnitor()
  .httpServer()
  .start()
  .catch((error) => {
    process.exitCode = 1
    prettyPrintError(error)
  })
