// Load the slice of the register a command concerns: the households and persons it names, every active member of
// those households, any holder of the ID numbers it brings, any active family household at its address, and the
// open memberships of all of them. The domain decides on this slice; the database's constraints and the version
// checks in projection.ts make the decision safe against concurrent changes.
import { sql, type Kysely } from 'kysely';
import type { RegistryState } from '../../../domain/registry/model.ts';
import type { DB } from '../../schema.ts';
import { householdFromRow, membershipFromRow, personFromRow } from './rows.ts';

export interface SliceRequest {
  householdIds?: string[];
  personIds?: string[];
  idNumbers?: string[];
  addressKeys?: string[];
}

const uuids = (xs: string[]) => sql`${xs}::uuid[]`;
const texts = (xs: string[]) => sql`${xs}::text[]`;

export async function loadSlice(db: Kysely<DB>, req: SliceRequest): Promise<RegistryState> {
  const named = await db
    .selectFrom('person')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb(sql`person_id`, '=', sql`any(${uuids(req.personIds ?? [])})`),
        eb(sql`id_number`, '=', sql`any(${texts(req.idNumbers ?? [])})`),
      ]),
    )
    .execute();
  const householdIds = [...new Set([...(req.householdIds ?? []), ...named.flatMap((p) => (p.household_id ? [p.household_id] : []))])];
  const households = await db
    .selectFrom('household')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb(sql`household_id`, '=', sql`any(${uuids(householdIds)})`),
        eb.and([
          eb(sql`address_key`, '=', sql`any(${texts(req.addressKeys ?? [])})`),
          eb('status', '=', 'active'),
          eb('kind', '=', 'family'),
        ]),
      ]),
    )
    .execute();
  const members = households.length
    ? await db
        .selectFrom('person')
        .selectAll()
        .where(sql<boolean>`household_id = any(${uuids(households.map((h) => h.household_id))})`)
        .where('status', '=', 'active')
        .execute()
    : [];
  const persons = new Map([...named, ...members].map((r) => [r.person_id, personFromRow(r)]));
  const memberships = persons.size
    ? await db
        .selectFrom('membership')
        .selectAll()
        .where(sql<boolean>`person_id = any(${uuids([...persons.keys()])})`)
        .where('until', 'is', null)
        .execute()
    : [];
  return {
    persons,
    households: new Map(households.map((r) => [r.household_id, householdFromRow(r)])),
    memberships: memberships.map(membershipFromRow),
  };
}
