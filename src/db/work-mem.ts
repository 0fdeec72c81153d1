// Room to hash in memory for one transaction's set-based statements. PostgreSQL's default work_mem (4 MB) makes a
// group-by or hash join over millions of rows spill to disk and sort there: the statistics' count of a day at 1 M
// persons took 2.5 s that way and 1.05 s with 256 MB (bench/stats-dashboard.ts, docs/PERFORMANCE.md). `set local`
// ends with the transaction, so the pool's other connections keep the server's default.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from './schema.ts';

/** The setting for the quality scan and the statistics; a database tuning value, not a policy threshold. */
export const ROOMY_WORK_MEM = '256MB';

/** `set local work_mem` for a transaction, the value reduced to letters and digits (it is spliced into SQL). */
export function workMemSetting(workMem: string | undefined): string | null {
  return workMem ? `set local work_mem = '${workMem.replace(/[^0-9A-Za-z]/g, '')}'` : null;
}

/** Run `fn` in one repeatable-read transaction (every statement sees the same moment) with room to hash. JIT
 *  compilation is off: these statements are short enough that compiling them costs more than it saves. */
export async function withRoomToHash<T>(
  db: Kysely<DB>,
  fn: (trx: Transaction<DB>) => Promise<T>,
  workMem: string = ROOMY_WORK_MEM,
): Promise<T> {
  const run = async (trx: Transaction<DB>) => {
    await sql.raw(workMemSetting(workMem)!).execute(trx);
    await sql`set local jit = off`.execute(trx);
    return fn(trx);
  };
  if (db.isTransaction) return run(db as Transaction<DB>);
  return db.transaction().setIsolationLevel('repeatable read').execute(run);
}
