// Load the slice of the register a command concerns: the households and persons it names, every active member of
// those households, any holder of the ID numbers it brings, any active family household at its address, and the
// open memberships of all of them. The domain decides on this slice; the database's constraints and the version
// checks in projection.ts make the decision safe against concurrent changes.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { RegistryState } from '../../../domain/registry/model.ts';
import { Coalescer } from '../../coalesce.ts';
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
  const r = await sql<SliceRow>`
    select * from registry_slice(${uuids(req.personIds ?? [])}, ${texts(req.idNumbers ?? [])}, ${uuids(req.householdIds ?? [])}, ${texts(req.addressKeys ?? [])})
  `.execute(db);
  return sliceFromRow(r.rows[0]!);
}

type SliceRow = {
  persons: RowsOf<'person'>;
  households: RowsOf<'household'>;
  memberships: RowsOf<'membership'>;
};

function sliceFromRow(row: SliceRow): RegistryState {
  const persons = parse(row.persons);
  return {
    persons: new Map(persons.map((p) => [p.person_id, personFromRow(p)])),
    households: new Map(parse(row.households).map((h) => [h.household_id, householdFromRow(h)])),
    memberships: parse(row.memberships).map(membershipFromRow),
  };
}

/** Slices of several requests in one round trip: registry_slice once per request, answers in request order. */
export async function loadSlices(db: Kysely<DB>, reqs: SliceRequest[]): Promise<RegistryState[]> {
  const doc = JSON.stringify(
    reqs.map((q) => ({
      p: q.personIds ?? [],
      i: q.idNumbers ?? [],
      h: q.householdIds ?? [],
      a: q.addressKeys ?? [],
    })),
  );
  const r = await sql<SliceRow & { ord: number }>`
    select r.ord, s.* from jsonb_array_elements(${doc}::jsonb) with ordinality as r (q, ord),
      lateral registry_slice(
        array(select jsonb_array_elements_text(r.q -> 'p'))::uuid[], array(select jsonb_array_elements_text(r.q -> 'i')),
        array(select jsonb_array_elements_text(r.q -> 'h'))::uuid[], array(select jsonb_array_elements_text(r.q -> 'a'))) s
    order by r.ord`.execute(db);
  return r.rows.map(sliceFromRow);
}

// Slices of concurrent callers go together (src/db/coalesce.ts): the slice's own execution is ~0.1 ms, its round
// trip cost the database several times that. Group and in-flight bounds as the group commit's (group-write.ts).
const coalescers = new WeakMap<Kysely<DB>, Coalescer<SliceRequest, RegistryState>>();

/** As loadSlice, read together with the slices of concurrent callers. Only for `db` itself, not a transaction. */
export function loadSliceCoalesced(db: Kysely<DB>, req: SliceRequest): Promise<RegistryState> {
  let c = coalescers.get(db);
  if (!c)
    coalescers.set(db, (c = new Coalescer((reqs) => loadSlices(db, reqs), { maxGroup: 64, maxInFlight: 4 })));
  return c.submit(req);
}

type RowsOf<T extends keyof DB> = Array<Selectable<DB[T]>> | string;

/** json columns arrive parsed from node-postgres and as text from some drivers. */
function parse<R>(v: R[] | string): R[] {
  return typeof v === 'string' ? (JSON.parse(v) as R[]) : v;
}
