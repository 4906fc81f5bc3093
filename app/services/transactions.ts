import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'

/*
| Use cases run in a transaction of their own, or inside a caller's (the demo
| seeder builds its orders in one transaction): then theirs is a savepoint of
| the caller's, and what must wait for the commit (events) waits for the
| caller's commit.
*/

export type InTransaction = {
  /** Run inside this transaction; it is committed by the caller. */
  client?: TransactionClientContract
}

/** Runs `work` in a transaction (a savepoint of `client` when given). */
export function transaction<T>(
  client: TransactionClientContract | undefined,
  work: (trx: TransactionClientContract) => Promise<T>
): Promise<T> {
  return client ? client.transaction(work) : db.transaction(work)
}

/** Runs `effect` once the outermost transaction has committed (now, without `client`). */
export async function afterCommit(
  client: TransactionClientContract | undefined,
  effect: () => Promise<unknown> | unknown
) {
  if (client) client.after('commit', async () => void (await effect()))
  else await effect()
}
