// Reads spread over several connections that all see ONE snapshot: the first REPEATABLE READ transaction exports its
// snapshot (pg_export_snapshot) and the others adopt it before their first read, so a statistic read in parts is
// still the state of one moment. Each connection takes the next task until none is left. PGlite has one connection:
// every task runs in the one transaction.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/connection.ts';
import type { DB } from '../../db/schema.ts';

export type SnapshotTask = (trx: Kysely<DB>) => Promise<void>;

export async function runInOneSnapshot(database: Database, tasks: readonly SnapshotTask[], readers = 2) {
  const db = database.db;
  // PGlite's one connection would wait forever for a second transaction beside the first.
  const workers = database.native.kind === 'postgres' ? readers : 1;
  let next = 0;
  const drain = async (trx: Kysely<DB>) => {
    try {
      while (next < tasks.length) await tasks[next++]!(trx);
    } catch (e) {
      next = tasks.length; // the others stop after their current task
      throw e;
    }
  };
  const repeatable = () => db.transaction().setIsolationLevel('repeatable read');
  await repeatable().execute(async (first) => {
    if (workers <= 1) return drain(first);
    const { rows } = await sql<{ id: string }>`select pg_export_snapshot() as id`.execute(first);
    const adopt = async (trx: Kysely<DB>) => {
      await sql`set transaction snapshot ${sql.lit(rows[0]!.id)}`.execute(trx);
      await drain(trx);
    };
    // The exporting transaction stays open until every other one is done: the snapshot lives as long as it does.
    // All settle before the first commits or rolls back, so no worker reads on a connection already released.
    const settled = await Promise.allSettled([
      drain(first),
      ...Array.from({ length: workers - 1 }, () => repeatable().execute(adopt)),
    ]);
    const failed = settled.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  });
}
