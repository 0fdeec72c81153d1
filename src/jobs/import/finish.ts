// The last steps of a load, once every row is in.
import { deferredDefinitions, indexedTable, restoreIndexes } from './deferred-indexes.ts';
import { settleLanes, workQueue } from './lanes.ts';
import type { ParseOutcome } from './parse-worker.ts';
import type { BulkSink } from './sink.ts';
import type { Phases } from './phases.ts';

/**
 * Room for the claims' sort and each index build to stay in memory (a 1 M person index sorts ~60 MB; the defaults,
 * 4 MB and 64 MB, spill to disk). Local to the statement's transaction; at most two lanes hold it at once.
 */
const SORT_ROOM: Array<[string, unknown[]]> = [
  ["set local work_mem = '256MB'", []],
  ["set local maintenance_work_mem = '256MB'", []],
];

/**
 * Claim the active ID numbers; build the deferred indexes; re-check duplicate flags exactly; mark the batch
 * committed. `lanes` are more connections to the same database (PostgreSQL) that share the work; with none, one lane
 * does it all in order.
 */
export async function finishLoad(
  sink: BulkSink,
  batchId: string,
  loaded: Pick<ParseOutcome, 'counts' | 'duplicateIds'>,
  phases: Phases,
  lanes: BulkSink[] = [],
) {
  // Statistics from before the load say the tables are (nearly) empty: PGlite then planned a join of persons and
  // households as a nested loop of index probes (1 s at 100k persons), and so would every query after the import
  // (the claims' read below among them).
  // A sample of 3,000 rows (target 10) is enough to plan by; the default target reads ten times as many, which was
  // 0.4 s of a 4 s PGlite import at 100k. The setting is put back at once (PGlite has one session for everything).
  // Not while an index is being built: ANALYZE and CREATE INDEX wait for each other.
  const analyze = async () => {
    await sink.query('set default_statistics_target = 10');
    try {
      await sink.query('analyze household, person');
    } finally {
      await sink.query('reset default_statistics_target');
    }
  };
  phases.begin('analyze');
  await analyze();
  phases.begin('indexes and claims');
  const definitions = await deferredDefinitions(sink, batchId);
  const byTable = (tables: readonly string[]) => definitions.filter((d) => tables.includes(indexedTable(d)));
  const build = (definition: string) => (lane: BulkSink) =>
    lane.bulkTransaction([...SORT_ROOM, [definition, []]]);
  const queue = workQueue<BulkSink>();
  // The person, household and membership indexes can be built at once (the memberships were copied beside the
  // persons: persons.ts); the claims' once its rows are in.
  queue.push(...byTable(['person', 'household', 'membership']).map(build));
  const own = async () => {
    try {
      await writeClaims(sink, batchId, 'legacy_flag is null');
      queue.push(...byTable(['id_number_claim']).map(build));
    } finally {
      queue.close();
    }
    await queue.work(sink);
  };
  await settleLanes([own(), ...lanes.map((lane) => queue.work(lane))]);
  // Clears the batch's record; anything recorded that the split above did not name would be built here.
  await restoreIndexes(sink);
  phases.begin('analyze');
  await analyze();
  phases.begin('recheck');
  // The key sets compare 64-bit hashes: a flag set by a hash collision (odds ~1e-6) is taken back here, and the
  // number is then claimed like the others. The flagged ID numbers are read by index when the load kept their list
  // (the table has no index on import_batch_id).
  const recheck = `update person p set legacy_flag = null
      where p.import_batch_id = $1 and p.legacy_flag = 'duplicate-id-number'
        and not exists (select 1 from person q where q.id_number = p.id_number and q.status = 'active' and q.person_id <> p.person_id)`;
  const cleared =
    loaded.duplicateIds === null
      ? await sink.query<{ person_id: string }>(`${recheck} returning p.person_id`, [batchId])
      : loaded.duplicateIds.length > 0
        ? await sink.query<{ person_id: string }>(
            `${recheck} and p.id_number = any($2::text[]) returning p.person_id`,
            [batchId, loaded.duplicateIds],
          )
        : [];
  if (cleared.length > 0)
    await writeClaims(sink, batchId, 'person_id = any($2::uuid[])', [cleared.map((r) => r.person_id)]);
  phases.begin('commit');
  await sink.query(
    "update import_batch set status = 'committed', finished_at = now(), counts = $2 where batch_id = $1",
    [batchId, JSON.stringify(loaded.counts)],
  );
  // A new baseline changes the past it covers: stored statistics are recomputed on their next read.
  await sink.query('delete from stats_snapshot');
}

/**
 * One active hukou per ID number across counties (T12): the batch's active, unflagged persons claim their numbers in
 * id_number_claim (migration 2000). A number another person holds fails the load here, as the global unique index of
 * a plain register fails the COPY. In number order: the claims' primary key then grows at its right edge instead of
 * taking 1 M inserts at random pages (a COPY of 1 M claims: 4.7 s in file order, 2.7 s in number order).
 */
async function writeClaims(sink: BulkSink, batchId: string, which: string, params: unknown[] = []) {
  await sink.bulkTransaction([
    ...SORT_ROOM,
    [
      `insert into id_number_claim (id_number, person_id, county_code)
       select id_number, person_id, county_code from person
        where import_batch_id = $1 and status = 'active' and ${which}
        order by id_number`,
      [batchId, ...params],
    ],
  ]);
}
