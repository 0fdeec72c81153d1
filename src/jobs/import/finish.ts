// The last steps of a load, and the keys of a register that already held rows.
import type { ImportContext } from './context.ts';
import { restoreIndexes } from './deferred-indexes.ts';

/** Open memberships for the batch's active persons; re-check duplicate flags exactly; mark the batch committed. */
export async function finishLoad(ctx: ImportContext) {
  const { sink, batchId } = ctx;
  // Indexes deferred for the load are built first: the re-check below reads by ID number.
  await restoreIndexes(sink);
  // Statistics from before the load say the tables are (nearly) empty: PGlite then planned the join below as a
  // nested loop of index probes (1 s at 100k persons), and so would every query after the import.
  await sink.query('analyze household, person');
  await sink.bulkQuery(
    `insert into membership (person_id, household_id, relation, since, county_code)
     select p.person_id, p.household_id, p.relation, greatest(h.created_on, p.birth_date), p.county_code
       from person p join household h on h.household_id = p.household_id
      where p.import_batch_id = $1 and p.status = 'active'`,
    [batchId],
  );
  // The key sets compare 64-bit hashes: a flag set by a hash collision (odds ~1e-6) is taken back here. The flagged
  // ID numbers are read by index when the load kept their list (the table has no index on import_batch_id).
  const recheck = `update person p set legacy_flag = null
      where p.import_batch_id = $1 and p.legacy_flag = 'duplicate-id-number'
        and not exists (select 1 from person q where q.id_number = p.id_number and q.status = 'active' and q.person_id <> p.person_id)`;
  if (ctx.duplicateIds === null) await sink.query(recheck, [batchId]);
  else if (ctx.duplicateIds.length > 0) await sink.query(`${recheck} and p.id_number = any($2::text[])`, [batchId, ctx.duplicateIds]);
  await sink.query("update import_batch set status = 'committed', finished_at = now(), counts = $2 where batch_id = $1", [
    batchId,
    JSON.stringify(ctx.counts),
  ]);
}

/** Active ID numbers and family addresses already in the register, so this load flags what collides with them. */
export async function preloadKeys(ctx: ImportContext) {
  const page = 100_000;
  let last = '';
  for (;;) {
    const rows = await ctx.sink.query<{ id_number: string }>(
      "select id_number from person where status = 'active' and id_number > $1 order by id_number limit $2",
      [last, page],
    );
    for (const r of rows) ctx.activeIds.add(r.id_number);
    if (rows.length < page) break;
    last = rows[rows.length - 1]!.id_number;
  }
  last = '';
  for (;;) {
    const rows = await ctx.sink.query<{ address_key: string }>(
      "select address_key from household where status = 'active' and kind = 'family' and address_key > $1 order by address_key limit $2",
      [last, page],
    );
    for (const r of rows) ctx.familyAddresses.add(r.address_key);
    if (rows.length < page) break;
    last = rows[rows.length - 1]!.address_key;
  }
}
