// The records a finding resolution may act on (T12, RESOLUTION_TARGETS): a person's ID number and a household's
// number, read inside the resolution's transaction to compare with the finding's own lists.
import type { Kysely } from 'kysely';
import type { DB } from '../../schema.ts';

export async function idNumberOfPerson(db: Kysely<DB>, personId: string): Promise<string | undefined> {
  const p = await db
    .selectFrom('person')
    .select('id_number')
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return p?.id_number;
}

export async function numberOfHousehold(db: Kysely<DB>, householdId: string): Promise<string | undefined> {
  const h = await db
    .selectFrom('household')
    .select('household_no')
    .where('household_id', '=', householdId)
    .executeTakeFirst();
  return h?.household_no;
}
