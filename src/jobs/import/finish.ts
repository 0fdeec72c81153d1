// The last steps of a load, once every row is in.
import { restoreIndexes } from './deferred-indexes.ts';
import type { ParseOutcome } from './parse-worker.ts';
import type { BulkSink } from './sink.ts';

/**
 * Open memberships for the batch's active persons; re-check duplicate flags exactly; claim the active ID numbers;
 * mark the batch committed.
 */
export async function finishLoad(
  sink: BulkSink,
  batchId: string,
  loaded: Pick<ParseOutcome, 'counts' | 'duplicateIds'>,
) {
  // Statistics from before the load say the tables are (nearly) empty: PGlite then planned the membership join below
  // as a nested loop of index probes (1 s at 100k persons), and so would every query after the import.
  // A sample of 3,000 rows (target 10) is enough to plan by; the default target reads ten times as many, which was
  // 0.4 s of a 4 s PGlite import at 100k. The setting is put back at once (PGlite has one session for everything).
  const analyze = async () => {
    await sink.query('set default_statistics_target = 10');
    try {
      await sink.query('analyze household, person');
    } finally {
      await sink.query('reset default_statistics_target');
    }
  };
  // Where the sink commits COPYs together, the memberships were copied beside their persons (persons.ts). Otherwise
  // they are written here, before the deferred indexes are built: membership's own secondary index is then built
  // once over the rows instead of row by row (4.0 s → 2.x s at 1 M on PostgreSQL; the join needs none of them).
  if (!sink.jointCopies) {
    await analyze();
    await sink.bulkQuery(
      `insert into membership (person_id, household_id, relation, since, county_code)
       select p.person_id, p.household_id, p.relation, greatest(h.created_on, p.birth_date), p.county_code
         from person p join household h on h.household_id = p.household_id
        where p.import_batch_id = $1 and p.status = 'active'`,
      [batchId],
    );
  }
  // Indexes deferred for the load are built next: the re-check below reads by ID number. Analyzed after, so the
  // expression indexes (given name, reversed number) have their statistics too.
  await restoreIndexes(sink);
  await analyze();
  // The key sets compare 64-bit hashes: a flag set by a hash collision (odds ~1e-6) is taken back here. The flagged
  // ID numbers are read by index when the load kept their list (the table has no index on import_batch_id).
  const recheck = `update person p set legacy_flag = null
      where p.import_batch_id = $1 and p.legacy_flag = 'duplicate-id-number'
        and not exists (select 1 from person q where q.id_number = p.id_number and q.status = 'active' and q.person_id <> p.person_id)`;
  if (loaded.duplicateIds === null) await sink.query(recheck, [batchId]);
  else if (loaded.duplicateIds.length > 0)
    await sink.query(`${recheck} and p.id_number = any($2::text[])`, [batchId, loaded.duplicateIds]);
  // One active hukou per ID number across counties (T12): the batch's active, unflagged persons claim their numbers
  // in id_number_claim (migration 2000), once the re-check above has cleared what it clears. A number another person
  // holds fails the load here, as the global unique index of a plain register fails the COPY.
  await sink.bulkQuery(
    `insert into id_number_claim (id_number, person_id, county_code)
     select id_number, person_id, county_code from person
      where import_batch_id = $1 and status = 'active' and legacy_flag is null`,
    [batchId],
  );
  await sink.query(
    "update import_batch set status = 'committed', finished_at = now(), counts = $2 where batch_id = $1",
    [batchId, JSON.stringify(loaded.counts)],
  );
  // A new baseline changes the past it covers: stored statistics are recomputed on their next read.
  await sink.query('delete from stats_snapshot');
}
