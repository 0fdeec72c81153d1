// Set-based reads of the register for the quality scan (T12). The register's own tables are read directly: a city of
// 6.5 million is checked with a handful of set-based statements and one read of the active persons (person-stream.ts).
// Writes to the register never happen here; resolutions go through the registry's use cases.
import { sql, type Kysely } from 'kysely';
import type { CandidateRow, HouseholdMemberRow, PersonRow } from '../../../domain/quality/rows.ts';
import type { DB } from '../../schema.ts';
import { HEAD_RELATION } from '../../../domain/codes/relationships.ts';
import { COUNTIES, FORMER_COUNTY_CODES } from '../../../domain/divisions/tree.ts';

type ScanPersonRow = CandidateRow & { householdId: string | null };

interface RawPerson {
  person_id: string;
  id_number: string;
  name: string;
  sex: string;
  birth_date: string;
  ethnicity: string;
  relation: string | null;
  household_id: string | null;
  county_code: string;
  former_name: string | null;
  birth_place: string | null;
  native_place: string | null;
  household_kind?: string | null;
  former_type?: string | null;
}

function toRow(r: RawPerson): ScanPersonRow {
  return {
    personId: r.person_id,
    idNumber: r.id_number,
    name: r.name,
    sex: r.sex,
    birthDate: r.birth_date,
    ethnicity: r.ethnicity,
    relation: r.relation,
    householdNo: r.household_id,
    householdId: r.household_id,
    countyCode: r.county_code,
    formerName: r.former_name,
    birthPlace: r.birth_place,
    nativePlace: r.native_place,
    householdKind: r.household_kind ?? null,
    formerType: r.former_type ?? null,
  };
}

/** Active persons registered under any of these numbers, with their household numbers (the 多重户口 candidates). */
export async function activePersonsByNumbers(db: Kysely<DB>, idNumbers: string[]): Promise<PersonRow[]> {
  const out: PersonRow[] = [];
  for (let i = 0; i < idNumbers.length; i += 5000) {
    const { rows } = await sql<RawPerson & { household_no: string | null }>`
      select p.person_id, p.id_number, p.name, p.sex, p.birth_date::text as birth_date, p.ethnicity, p.relation,
             p.household_id, p.county_code, h.household_no
      from person p left join household h on h.household_id = p.household_id
      where p.status = 'active' and p.id_number = any(${idNumbers.slice(i, i + 5000)})`.execute(db);
    for (const r of rows) out.push({ ...toRow(r), householdNo: r.household_no });
  }
  return out;
}

/**
 * Active households (with at least one active member) whose active head count is not one. The persons are grouped
 * by household id first (one hash aggregate over the active persons) and only the few odd households are then
 * joined to their numbers and heads.
 */
export async function headAnomalies(db: Kysely<DB>): Promise<{
  households: Array<{ householdNo: string; countyCode: string }>;
  members: HouseholdMemberRow[];
}> {
  const { rows } = await sql<{ household_no: string; county_code: string; heads: string[] | null }>`
    with odd as (
      select household_id from person where status = 'active'
      group by household_id having count(*) filter (where relation = ${HEAD_RELATION}) <> 1
    )
    select h.household_no, h.county_code,
           array(select p.id_number from person p where p.household_id = h.household_id and p.status = 'active' and p.relation = ${HEAD_RELATION}) as heads
    from odd join household h on h.household_id = odd.household_id
    where h.status = 'active'`.execute(db);
  return {
    households: rows.map((r) => ({ householdNo: r.household_no, countyCode: r.county_code })),
    members: rows.flatMap((r) =>
      (r.heads ?? []).map((id) => ({
        householdNo: r.household_no,
        countyCode: r.county_code,
        idNumber: id,
        relation: HEAD_RELATION,
      })),
    ),
  };
}

/** About how many persons the register holds (the planner's estimate, fresh after analyzeRegister): a progress total. */
export async function estimatedPersons(db: Kysely<DB>): Promise<number | null> {
  const { rows } = await sql<{
    n: number;
  }>`select reltuples::float8 as n from pg_class where relname = 'person'`.execute(db);
  const n = Number(rows[0]?.n ?? -1);
  return n > 0 ? Math.round(n) : null;
}

/** Refresh planner statistics: right after a bulk import they say "1 row" and invite quadratic nested loops. */
export async function analyzeRegister(db: Kysely<DB>): Promise<void> {
  await sql`analyze person, household`.execute(db);
}

/**
 * Active family households sharing an address key (division code | normalised detail). The unique index
 * household_one_family_per_address allows one unflagged household per key, so every shared key has a flagged one
 * (legacy_flag, set on import): those few keys are found first, then all households at them.
 */
export async function sharedAddresses(db: Kysely<DB>) {
  const { rows } = await sql<{
    household_no: string;
    county_code: string;
    kind: string;
    division_code: string;
    address_detail: string;
  }>`
    select household_no, county_code, kind, division_code, address_detail from household
    where status = 'active' and kind = 'family' and address_key in (
      select address_key from household where status = 'active' and kind = 'family' and legacy_flag is not null)
  `.execute(db);
  return rows.map((r) => ({
    householdNo: r.household_no,
    countyCode: r.county_code,
    kind: r.kind,
    divisionCode: r.division_code,
    address: r.address_detail,
  }));
}

/** Active persons whose number (or its 15-digit form) is listed in a feed. */
export async function activeInFeed(db: Kysely<DB>, feed: 'deaths' | 'enlistments', idNumbers?: string[]) {
  const only = idNumbers ? sql`and f.id_number = any(${idNumbers})` : sql``;
  const { rows } = await sql<
    RawPerson & { household_no: string | null; feed_id: string; feed_name: string; event_date: string }
  >`
    select p.person_id, p.id_number, p.name, p.sex, p.birth_date::text as birth_date, p.ethnicity, p.relation, p.household_id,
           p.county_code, h.household_no, f.id_number as feed_id, f.name as feed_name, f.event_date::text as event_date
    from quality_feed_record f
    join person p on p.status = 'active'
      and (p.id_number = f.id_number or (length(f.id_number) = 18 and p.id_number = substr(f.id_number, 1, 6) || substr(f.id_number, 9, 9)))
    left join household h on h.household_id = p.household_id
    where f.feed = ${feed} ${only}`.execute(db);
  return rows.map((r) => ({
    person: { ...toRow(r), householdNo: r.household_no },
    feed: { idNumber: r.feed_id, name: r.feed_name, date: r.event_date },
  }));
}

/** Ids per statement: one array parameter each (a list of thousands of parameters costs more to plan than to run). */
const CHUNK = 20_000;

export async function householdNosOf(db: Kysely<DB>, householdIds: string[]): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  for (let i = 0; i < householdIds.length; i += CHUNK) {
    const { rows } = await sql<{ household_id: string; household_no: string }>`
      select household_id, household_no from household where household_id = any(${householdIds.slice(i, i + CHUNK)}::uuid[])`.execute(
      db,
    );
    for (const r of rows) map.set(r.household_id, r.household_no);
  }
  return map;
}

/** Names of the other active members of these households: the relatives compared for probable duplicates. */
export async function relativeNames(
  db: Kysely<DB>,
  householdIds: string[],
): Promise<Map<string, Array<{ personId: string; name: string }>>> {
  const map = new Map<string, Array<{ personId: string; name: string }>>();
  for (let i = 0; i < householdIds.length; i += CHUNK) {
    const { rows } = await sql<{ household_id: string; person_id: string; name: string }>`
      select household_id, person_id, name from person
      where status = 'active' and household_id = any(${householdIds.slice(i, i + CHUNK)}::uuid[])`.execute(
      db,
    );
    for (const r of rows) {
      const list = map.get(r.household_id);
      if (list) list.push({ personId: r.person_id, name: r.name });
      else map.set(r.household_id, [{ personId: r.person_id, name: r.name }]);
    }
  }
  return map;
}

export async function notDuplicatePairs(db: Kysely<DB>): Promise<Set<string>> {
  const rows = await db.selectFrom('quality_pair_decision').select(['person_a', 'person_b']).execute();
  return new Set(rows.map((r) => `${r.person_a}|${r.person_b}`));
}

/** The active persons of one (birth date, sex) block, and the given persons themselves. */
export async function blockOf(db: Kysely<DB>, personIds: string[]): Promise<ScanPersonRow[]> {
  if (!personIds.length) return [];
  const { rows } = await sql<RawPerson>`
    select p.person_id, p.id_number, p.name, p.sex, p.birth_date::text as birth_date, p.ethnicity, p.relation, p.household_id, p.county_code,
           p.former_name, p.birth_place, p.native_place, h.kind as household_kind, p.former_type
    from person p left join household h on h.household_id = p.household_id
    where p.status = 'active' and (p.birth_date, p.sex) in (select birth_date, sex from person where person_id = any(${personIds}::uuid[]))`.execute(
    db,
  );
  return rows.map(toRow);
}

/**
 * Active persons holding each of these names as written (how common a name is, as the whole scan counts it): by the
 * (county, name) index, every county of the city named so the index is searched, not the table.
 */
export async function activeNameCounts(db: Kysely<DB>, names: string[]): Promise<Map<string, number>> {
  if (!names.length) return new Map();
  const counties = [...COUNTIES.keys(), ...Object.keys(FORMER_COUNTY_CODES)];
  const { rows } = await sql<{ name: string; n: number }>`
    select name, count(*)::int as n from person
    where status = 'active' and county_code = any(${counties}) and name = any(${names})
    group by name`.execute(db);
  return new Map(rows.map((r) => [r.name, r.n]));
}

/** Persons that registry events after `afterSeq` brought into the register or changed (births, arrivals, corrections). */
export async function personsOfEventsAfter(
  db: Kysely<DB>,
  afterSeq: number,
  limit: number,
): Promise<{ personIds: string[]; lastSeq: number }> {
  const { rows } = await sql<{ event_seq: number; person_ids: string[] }>`
    select event_seq, person_ids from registry_event
    where event_seq > ${afterSeq} and kind in ('birth-registered', 'moved-in', 'household-created', 'item-corrected')
    order by event_seq limit ${limit}`.execute(db);
  return {
    personIds: [...new Set(rows.flatMap((r) => r.person_ids))],
    lastSeq: rows.length ? Number(rows[rows.length - 1]!.event_seq) : afterSeq,
  };
}
