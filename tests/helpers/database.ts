import db from '@adonisjs/lucid/services/db'
import type { Knex } from 'knex'

let tables: string[] | undefined

/**
 * Empties every application table in one statement (identities restarted),
 * so each test starts from a known, empty database. Faster than Lucid's
 * truncate helper, which truncates table by table.
 */
export async function truncateAllTables() {
  if (!tables) {
    const result = await db.rawQuery<{ rows: { tablename: string }[] }>(
      `select tablename from pg_tables where schemaname = 'public' and tablename not like 'adonis_schema%'`
    )
    tables = result.rows.map((row) => `"${row.tablename}"`)
  }
  if (tables.length) await db.rawQuery(`truncate ${tables.join(', ')} restart identity cascade`)
}

/** A statement sent to PostgreSQL, as knex's client announces it. */
export type SentStatement = { sql: string; bindings: unknown[] }

/** Runs `work` and returns every SQL statement it sent to PostgreSQL, in order. */
export async function statementsDuring(work: () => Promise<unknown>) {
  const connection = db.connection()
  const clients = new Set<Knex>([connection.getReadClient(), connection.getWriteClient()])
  const sent: SentStatement[] = []
  const listener = (statement: SentStatement) => sent.push(statement)
  for (const client of clients) client.on('query', listener)
  try {
    await work()
  } finally {
    for (const client of clients) client.off('query', listener)
  }
  return sent
}

/** Runs `work` and returns how many SQL statements it sent to PostgreSQL. */
export async function countQueries(work: () => Promise<unknown>) {
  const sent = await statementsDuring(work)
  return sent.length
}
