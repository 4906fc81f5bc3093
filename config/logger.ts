import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig, syncDestination, targets } from '@adonisjs/core/logger'

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
      desination: !app.inProduction ? await syncDestination() : undefined,
      transport: {
        targets: app.inProduction ? [targets.file({ destination: 1 })] : [targets.pretty()],
      },
    },
  },
})

export default loggerConfig

declare module '@adonisjs/core/types' {
  export interface LoggersList extends InferLoggers<typeof loggerConfig> {}
}
