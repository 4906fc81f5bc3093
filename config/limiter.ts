import env from '#start/env'
import { defineConfig, stores } from '@adonisjs/limiter'

/*
| Rate limits live in PostgreSQL by default so that they hold across app
| instances (SPEC §11); `memory` exists for experiments only.
*/
const limiterConfig = defineConfig({
  default: env.get('LIMITER_STORE', 'database'),
  stores: {
    database: stores.database({ tableName: 'rate_limits', clearExpiredByTimeout: true }),
    memory: stores.memory({}),
  },
})

export default limiterConfig

declare module '@adonisjs/limiter/types' {
  export interface LimitersList extends InferLimiters<typeof limiterConfig> {}
}
