import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig, destination, syncDestination } from '@adonisjs/core/logger'

/*
| JSON lines on stdout in production (a request id on every line written during
| a request); pretty output in development.
*/
const loggerConfig = defineConfig({
  default: 'app',
  loggers: {
    app: {
      enabled: true,
      name: env.get('APP_NAME', 'pcmr'),
      level: env.get('LOG_LEVEL'),
      redact: {
        paths: [
          'password',
          '*.password',
          'token',
          '*.token',
          'secret',
          '*.secret',
          'headers.cookie',
        ],
        censor: '[redacted]',
      },
      /*
      | Production writes to stdout from the main thread, buffered (flushed on
      | exit): no transport worker thread, which costs a V8 instance of memory
      | and a hop per line. Development and tests write synchronously, pretty
      | on a colour terminal, so a line appears next to what caused it.
      */
      destination: app.inProduction
        ? destination({ dest: 1, sync: false })
        : await syncDestination(),
    },
  },
})

export default loggerConfig

declare module '@adonisjs/core/types' {
  export interface LoggersList extends InferLoggers<typeof loggerConfig> {}
}
