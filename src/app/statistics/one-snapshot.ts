// Reads spread over several connections that all see ONE snapshot: the first REPEATABLE READ transaction exports its
// snapshot (pg_export_snapshot) and the others adopt it before their first read, so a statistic read in parts is
// still the state of one moment. Each connection takes the next task until none is left. PGlite has one connection:
// workers = 1 runs every task in the one transaction.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

export type SnapshotTask = (trx: Kysely<DB>) => Promise<void>;

export async function runInOneSnapshot(db: Kysely<DB>, workers: number, tasks: readonly SnapshotTask[]) {
  let next = 0;
  const drain = async (trx: Kysely<DB>) => {
    while (next < tasks.length) await tasks[next++]!(trx);
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
    await Promise.all([
      drain(first),
      ...Array.from({ length: workers - 1 }, () => repeatable().execute(adopt)),
    ]);
  });
}
