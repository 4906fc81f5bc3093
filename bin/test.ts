/*
| Test runner entrypoint (`node ace test`). `npm test` goes through
| bin/run_tests.js first, which provides the database.
*/
process.env.NODE_ENV = 'test'
// Staff notifications (quote accepted, …) have somewhere to go, so tests can assert them.
process.env.STAFF_NOTIFY_EMAILS ??= 'owner@pcmr.test,builder@pcmr.test'

import { prettyPrintError } from '@adonisjs/core'
import { configure, processCLIArgs, run } from '@japa/runner'
import { appIgnitor } from './support/ignitor.js'

appIgnitor()
  .testRunner()
  .configure(async (app) => {
    const { runnerHooks, ...config } = await import('../tests/bootstrap.js')

    processCLIArgs(process.argv.splice(2))
    configure({
      ...app.rcFile.tests,
      ...config,
      ...{
        setup: runnerHooks.setup,
        teardown: runnerHooks.teardown.concat([() => app.terminate()]),
      },
    })
  })
  .run(() => run())
  .catch((error) => {
    process.exitCode = 1
    prettyPrintError(error)
  })
