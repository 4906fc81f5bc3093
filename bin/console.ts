/*
| Ace entrypoint: boots the app only for commands that ask for it
| (`options.startApp`).
*/
import { prettyPrintError } from '@adonisjs/core'
import { appIgnitor } from './support/ignitor.js'

appIgnitor()
  .ace()
  .handle(process.argv.splice(2))
  .catch((error) => {
    process.exitCode = 1
    prettyPrintError(error)
  })
