import { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import db from '@adonisjs/lucid/services/db'

const counts = new WeakMap<HttpContext, number>()

/*
| Counts the SQL statements of each request and reports them in an
| `x-query-count` response header. Used by `npm run bench` only: it is
| registered when QUERY_COUNT_HEADER=true. It listens to knex, under Lucid:
| every statement sent on the connection (models, query builders, raw
| queries, transactions, and the session store's upsert, which goes to knex
| directly and never reaches Lucid's `db:query` event) is counted, without
| turning on Lucid's debug mode. The request is found through
| AsyncLocalStorage (config/app.ts: useAsyncLocalStorage).
*/
function countQuery() {
  const ctx = HttpContext.get()
  if (ctx && counts.has(ctx)) counts.set(ctx, counts.get(ctx)! + 1)
}
const connection = db.connection()
const clients = new Set([connection.getWriteClient(), connection.getReadClient()])
for (const client of clients) client.on('query', countQuery)

export default class QueryCountMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    counts.set(ctx, 0)
    await next()
    ctx.response.header('x-query-count', String(counts.get(ctx)))
  }
}
