import { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import db from '@adonisjs/lucid/services/db'

/** The request header that asks for the count, and the response header that answers it. */
const HEADER = 'x-query-count'

const counts = new WeakMap<HttpContext, number>()

/*
| Counts the SQL statements of a request that asks for it (`x-query-count:
| true`) and reports them in an `x-query-count` response header. Used by
| `npm run bench` only: it is registered when QUERY_COUNT_HEADER=true, and
| the bench asks on the requests that compare the app with its bare floor
| and probe the scaling scenarios, not on those of its load runs, which run
| as production does (the listener, an AsyncLocalStorage lookup per
| statement, cost about 1 % of the CPU under load). It listens to knex,
| under Lucid: every statement sent on the connection (models, query
| builders, raw queries, transactions, and the session store's upsert, which
| goes to knex directly and never reaches Lucid's `db:query` event) is
| counted, without turning on Lucid's debug mode. The request is found
| through AsyncLocalStorage (config/app.ts: useAsyncLocalStorage); the
| listener is attached only while a counted request is in flight.
*/
function countQuery() {
  const ctx = HttpContext.get()
  if (ctx && counts.has(ctx)) counts.set(ctx, counts.get(ctx)! + 1)
}
const connection = db.connection()
const clients = new Set([connection.getWriteClient(), connection.getReadClient()])
let requestsCounted = 0

export default class QueryCountMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    if (ctx.request.header(HEADER) !== 'true') return next()
    counts.set(ctx, 0)
    if (requestsCounted++ === 0) for (const client of clients) client.on('query', countQuery)
    try {
      await next()
    } finally {
      if (--requestsCounted === 0) for (const client of clients) client.off('query', countQuery)
    }
    ctx.response.header(HEADER, String(counts.get(ctx)))
  }
}
