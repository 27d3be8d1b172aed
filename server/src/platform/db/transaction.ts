import type { Db, Tx } from './database.ts';

/**
 * Runs work in one transaction: the change and its audit record commit together or not at all.
 * Nested calls join the outer transaction.
 */
export async function inTransaction<T>(db: Db | Tx, work: (tx: Tx) => Promise<T>): Promise<T> {
  if (isTransaction(db)) return work(db);
  return db.transaction(work);
}

function isTransaction(db: Db | Tx): db is Tx {
  return typeof (db as Tx).rollback === 'function';
}
