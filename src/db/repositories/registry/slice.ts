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
 * Each step looks its rows up by index with `= any(array(…))`: an `or … in (subquery)` made the planner scan the
 * whole household table on every change.
 */
export async function loadSlice(db: Kysely<DB>, req: SliceRequest): Promise<RegistryState> {
  const r = await sql<{ persons: RowsOf<'person'>; households: RowsOf<'household'>; memberships: RowsOf<'membership'> }>`
    with named as (
      select * from person where person_id = any(${uuids(req.personIds ?? [])}) or id_number = any(${texts(req.idNumbers ?? [])})
    ), hh as (
      select * from household
      where household_id = any(${uuids(req.householdIds ?? [])} || array(select household_id from named where household_id is not null))
         or (address_key = any(${texts(req.addressKeys ?? [])}) and status = 'active' and kind = 'family')
    ), ps as (
      select * from named
      union
      select * from person where household_id = any(array(select household_id from hh)) and status = 'active'
    )
    select
      (select coalesce(json_agg(ps), '[]') from ps) as persons,
      (select coalesce(json_agg(hh), '[]') from hh) as households,
      (select coalesce(json_agg(m), '[]') from membership m where m.person_id = any(array(select person_id from ps)) and m.until is null) as memberships
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
