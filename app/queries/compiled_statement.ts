import db from '@adonisjs/lucid/services/db'
import type { QueryResult } from 'pg'

/** A query builder (Lucid's, or knex's under it): anything knex compiles to SQL. */
type Compilable = {
  toSQL(): { toNative(): { sql: string; bindings: readonly unknown[] } }
}

/** Where a binding of the compiled SQL comes from: a parameter of the statement, or a constant. */
type Slot = { parameter: number } | { constant: unknown }

/** A connection of knex's pool: node-postgres's client, with knex's marks. */
type PooledConnection = {
  query(text: string, values: unknown[]): Promise<QueryResult>
  __knexUid?: string
  __knexTxId?: string
}

/** Knex's client under Lucid's connection: its pool and its events. */
type KnexClient = {
  acquireConnection(): Promise<PooledConnection>
  /** Gives the connection back at once (its promise only reports that). */
  releaseConnection(connection: PooledConnection): Promise<unknown>
  emit(event: 'query', query: Record<string, unknown>): boolean
}

/** Stands for parameter `index` while the builder compiles (no real value contains a NUL). */
const standIn = (index: number) => `\u0000parameter ${index}\u0000`

/**
 * A statement written with the query builder and compiled to SQL once, for
 * the statements every request runs (the session, the signed-in user) and
 * the read models of the busiest pages. Each run sends the same SQL text and
 * bindings the builder would send, on a connection of the same pool, and
 * knex's client announces it (its `query` event) as for any statement, so
 * that counting and debugging see it (QueryCountMiddleware).
 *
 * Why not the builder, or db.rawQuery: per statement, Lucid's and knex's
 * path (building and compiling, then Lucid's and knex's runners around the
 * driver) cost 90-130 µs of CPU on this machine, where the driver alone
 * costs 70-90 µs; a signed-in page sends six (npm run bench).
 *
 * `build` is called once, on first use, with a stand-in for each of its
 * parameters; it must pass them to the builder as values to bind (a
 * `where`, an `update`, an `insert`), not use them to decide the statement's
 * shape. Compiling refuses a stand-in that was not bound, or written into
 * the SQL text. Not for statements inside a transaction: it takes its own
 * connection from the pool.
 */
export class CompiledStatement<Params extends unknown[]> {
  #compiled?: { sql: string; slots: Slot[] }

  /** `parameterCount`: how many parameters `build` takes (by default, as it declares them). */
  constructor(
    private build: (...params: Params) => Compilable,
    private parameterCount = build.length
  ) {}

  #compile() {
    if (this.#compiled) return this.#compiled
    const standIns = Array.from({ length: this.parameterCount }, (_, index) => standIn(index))
    const { sql, bindings } = this.build(...(standIns as Params))
      .toSQL()
      .toNative()
    const slots = bindings.map((binding): Slot => {
      const parameter = standIns.indexOf(binding as string)
      return parameter === -1 ? { constant: binding } : { parameter }
    })
    standIns.forEach((value, index) => {
      const bound = slots.some((slot) => 'parameter' in slot && slot.parameter === index)
      if (sql.includes(value) || !bound)
        throw new Error(`compiled statement: parameter ${index} is not a binding of\n${sql}`)
    })
    this.#compiled = { sql, slots }
    return this.#compiled
  }

  async #run(params: Params): Promise<QueryResult> {
    const { sql, slots } = this.#compile()
    const bindings = slots.map((slot) =>
      'parameter' in slot ? params[slot.parameter] : slot.constant
    )
    const client = db.connection().getWriteClient().client as unknown as KnexClient
    const connection = await client.acquireConnection()
    try {
      client.emit('query', {
        __knexUid: connection.__knexUid,
        __knexTxId: connection.__knexTxId,
        method: 'raw',
        sql,
        bindings,
      })
      return await connection.query(sql, bindings)
    } catch (error) {
      // As knex does, the message says which statement failed (without its values).
      if (error instanceof Error) error.message = `${sql} - ${error.message}`
      throw error
    } finally {
      void client.releaseConnection(connection)
    }
  }

  /** Every row the statement returns. */
  async rows<Row = Record<string, unknown>>(...params: Params): Promise<Row[]> {
    const { rows } = await this.#run(params)
    return rows as Row[]
  }

  /** The first row the statement returns, or null. */
  async first<Row = Record<string, unknown>>(...params: Params): Promise<Row | null> {
    const { rows } = await this.#run(params)
    return (rows[0] as Row | undefined) ?? null
  }

  /** Runs a statement that returns no rows (an update, a delete); the count of rows it touched. */
  async execute(...params: Params): Promise<number> {
    const { rowCount } = await this.#run(params)
    return rowCount ?? 0
  }
}

/** See CompiledStatement. */
export function compiledStatement<Params extends unknown[]>(
  build: (...params: Params) => Compilable
) {
  return new CompiledStatement(build)
}
