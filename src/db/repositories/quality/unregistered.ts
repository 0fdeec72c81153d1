// Intakes of persons living here without any hukou (应落未落, T12): the work list the unregistered intake writes.
import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../../schema.ts';

export type UnregisteredInsert = Insertable<DB['quality_unregistered']>;

/** Store one intake; returns its id. */
export async function insertUnregistered(db: Kysely<DB>, row: UnregisteredInsert): Promise<number> {
  const r = await db
    .insertInto('quality_unregistered')
    .values(row)
    .returning('intake_id')
    .executeTakeFirstOrThrow();
  return r.intake_id;
}
