import { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import emitter from '@adonisjs/core/services/emitter'

const counts = new WeakMap<HttpContext, number>()

/*
| Counts the SQL queries of each request and reports them in an
| `x-query-count` response header. Used by `npm run bench` only: it is
| registered when QUERY_COUNT_HEADER=true, which also turns on Lucid's query
| events (DB_DEBUG). The request is found through AsyncLocalStorage
| (config/app.ts: useAsyncLocalStorage).
*/
emitter.on('db:query', () => {
  const ctx = HttpContext.get()
  if (ctx && counts.has(ctx)) counts.set(ctx, counts.get(ctx)! + 1)
})

export default class QueryCountMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    counts.set(ctx, 0)
    await next()
    ctx.response.header('x-query-count', String(counts.get(ctx)))
  }
}
