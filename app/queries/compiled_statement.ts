import db from '@adonisjs/lucid/services/db'

/** A query builder (Lucid's, or knex's under it): anything that compiles to SQL with `?` bindings. */
type Compilable = { toSQL(): { sql: string; bindings: readonly unknown[] } }

/** Where a binding of the compiled SQL comes from: a parameter of the statement, or a constant. */
type Slot = { parameter: number } | { constant: unknown }

/** Stands for parameter `index` while the builder compiles (no real value contains a NUL). */
const standIn = (index: number) => `\u0000parameter ${index}\u0000`

/**
 * A statement written with the query builder and compiled to SQL once: each
 * run sends that SQL text with its own values (db.rawQuery), so it is the
 * statement the builder would send, without building and compiling it
 * again. For the statements every request runs (the session, the signed-in
 * user) and the read models of the busiest pages: building a statement
 * with Lucid and knex and compiling it cost about 45 µs of CPU each time,
 * against about 2.5 ms for a whole request under load (npm run bench).
 *
 * `build` is called once, on first use, with a stand-in for each of its
 * parameters; it must pass them to the builder as values to bind (a
 * `where`, an `update`, an `insert`), not use them to decide the statement's
 * shape. Compiling refuses a stand-in that was not bound, or written into
 * the SQL text.
 */
export class CompiledStatement<Params extends unknown[]> {
  #compiled?: { sql: string; slots: Slot[] }

  constructor(private build: (...params: Params) => Compilable) {}

  /** The SQL text, with a `?` per binding. */
  get sql() {
    return this.#compile().sql
  }

  #compile() {
    if (this.#compiled) return this.#compiled
    const standIns = Array.from({ length: this.build.length }, (_, index) => standIn(index))
    const { sql, bindings } = this.build(...(standIns as Params)).toSQL()
    const slots = bindings.map((binding): Slot => {
      const parameter = standIns.indexOf(binding as string)
      return parameter === -1 ? { constant: binding } : { parameter }
    })
    standIns.forEach((value, index) => {
      if (
        sql.includes(value) ||
        !slots.some((slot) => 'parameter' in slot && slot.parameter === index)
      )
        throw new Error(`compiled statement: parameter ${index} is not a binding of\n${sql}`)
    })
    this.#compiled = { sql, slots }
    return this.#compiled
  }

  #run(params: Params) {
    const { sql, slots } = this.#compile()
    const bindings = slots.map((slot) =>
      'parameter' in slot ? params[slot.parameter] : slot.constant
    )
    return db.rawQuery<{ rows: Record<string, unknown>[]; rowCount: number | null }>(
      sql,
      bindings as any[]
    )
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
