// Load the slice of the register a command concerns: the households and persons it names, every active member of
// those households, any holder of the ID numbers it brings, any active family household at its address, and the
// open memberships of all of them. The domain decides on this slice; the database's constraints and the version
// checks in projection.ts make the decision safe against concurrent changes.
import { sql, type Kysely, type Selectable } from 'kysely';
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

/**
 * One round trip: the named persons and ID-number holders, their households and those named or at the address,
 * the active members of those households, and the open memberships of all these persons, as JSON arrays of rows.
 * The query is registry_slice (migration 0102): there its plan is kept for the session instead of being made
 * again for every change. Each step looks its rows up by index with `= any(array(…))`: an `or … in (subquery)`
 * made the planner scan the whole household table on every change.
 */
export async function loadSlice(db: Kysely<DB>, req: SliceRequest): Promise<RegistryState> {
  const r = await sql<{ persons: RowsOf<'person'>; households: RowsOf<'household'>; memberships: RowsOf<'membership'> }>`
    select * from registry_slice(${uuids(req.personIds ?? [])}, ${texts(req.idNumbers ?? [])}, ${uuids(req.householdIds ?? [])}, ${texts(req.addressKeys ?? [])})
  `.execute(db);
  const row = r.rows[0]!;
  const persons = parse(row.persons);
  return {
    persons: new Map(persons.map((p) => [p.person_id, personFromRow(p)])),
    households: new Map(parse(row.households).map((h) => [h.household_id, householdFromRow(h)])),
    memberships: parse(row.memberships).map(membershipFromRow),
  };
}

type RowsOf<T extends keyof DB> = Array<Selectable<DB[T]>> | string;

/** json columns arrive parsed from node-postgres and as text from some drivers. */
function parse<R>(v: R[] | string): R[] {
  return typeof v === 'string' ? (JSON.parse(v) as R[]) : v;
}
