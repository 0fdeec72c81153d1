// Reads of the register: a person by id or ID number, search by ID number, name or pinyin, a household with its
// members, and the events (户口档案) of a person or a household. Filters on county_code where the caller's
// jurisdiction names one (the distribution key).
import { sql, type Kysely } from 'kysely';
import type { SearchQuery } from '../../../domain/search/pinyin-keys.ts';
import type { DB } from '../../schema.ts';
import { eventFromRow, householdFromRow, membershipFromRow, personFromRow } from './rows.ts';
import { HEAD_RELATION } from '../../../domain/codes/relationships.ts';

/** A jurisdiction (4, 6 or 9 digits) narrows to one county when it names one. */
function countyOf(jurisdiction: string): string | null {
  return jurisdiction.length >= 6 ? jurisdiction.slice(0, 6) : null;
}

export async function findPersonById(db: Kysely<DB>, personId: string) {
  const r = await db.selectFrom('person').selectAll().where('person_id', '=', personId).executeTakeFirst();
  return r && personFromRow(r);
}

/** Persons with the address division of their (last) household, which decides who may read them. */
function personsWithDivision(db: Kysely<DB>, jurisdiction: string) {
  const county = countyOf(jurisdiction);
  let q = db
    .selectFrom('person')
    .leftJoin('household', 'household.household_id', 'person.household_id')
    .selectAll('person')
    .select('household.division_code');
  if (county) q = q.where('person.county_code', '=', county);
  return q;
}

export type PersonWithDivision = ReturnType<typeof personFromRow> & { divisionCode: string | null };

export async function findPersonsByIdNumber(
  db: Kysely<DB>,
  idNumber: string,
  jurisdiction: string,
): Promise<PersonWithDivision[]> {
  const rows = await personsWithDivision(db, jurisdiction)
    .where('person.id_number', '=', idNumber)
    .orderBy('person.status')
    .limit(20)
    .execute();
  return rows.map((r) => ({ ...personFromRow(r), divisionCode: r.division_code }));
}

/** A page of a search: which rows, and how far to count (a total beyond `countUpTo` is reported as capped). */
export interface SearchPage {
  limit: number;
  offset: number;
  countUpTo: number;
}

/** The persons a query matches within a jurisdiction: one page of them, and how many there are (up to a cap). */
export async function searchPersons(
  db: Kysely<DB>,
  query: SearchQuery,
  jurisdiction: string,
  page: SearchPage,
): Promise<{ persons: PersonWithDivision[]; total: number; capped: boolean }> {
  const escaped = query.value.replace(/[\\%_]/g, (c) => `\\${c}`);
  const prefix = `${escaped}%`;
  // Each kind is a prefix match on one of person's indexes (0100, 1250), so only matching entries are read.
  const q = personsWithDivision(db, jurisdiction)
    .where('household.division_code', 'like', `${jurisdiction}%`)
    .where((eb) => {
      if (query.by === 'idNumber') return eb('person.id_number', 'like', prefix);
      if (query.by === 'idSuffix')
        return eb(sql`reverse(person.id_number)`, 'like', `${[...escaped].reverse().join('')}%`);
      if (query.by === 'name')
        return eb.or([
          eb('person.name', 'like', prefix),
          eb(sql`person_given_name(person.name)`, 'like', prefix),
        ]);
      return eb.or([eb('person.name_pinyin', 'like', prefix), eb('person.name_initials', 'like', prefix)]);
    });
  const [rows, counted] = await Promise.all([
    q
      .orderBy('person.status')
      .orderBy('person.name')
      .orderBy('person.person_id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    // Counting stops after the cap: a surname shared by half a million people costs no more than the cap.
    db
      .selectFrom(
        q
          .clearSelect()
          .select(sql`1`.as('one'))
          .limit(page.countUpTo + 1)
          .as('hit'),
      )
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  const n = Number(counted.n);
  return {
    persons: rows.map((r) => ({ ...personFromRow(r), divisionCode: r.division_code })),
    total: Math.min(n, page.countUpTo),
    capped: n > page.countUpTo,
  };
}

export async function findHousehold(db: Kysely<DB>, householdId: string) {
  const r = await db
    .selectFrom('household')
    .selectAll()
    .where('household_id', '=', householdId)
    .executeTakeFirst();
  return r && householdFromRow(r);
}

export async function householdMembers(db: Kysely<DB>, householdId: string, countyCode: string) {
  const rows = await db
    .selectFrom('person')
    .selectAll()
    .where('county_code', '=', countyCode)
    .where('household_id', '=', householdId)
    .where('status', '=', 'active')
    .orderBy(sql`relation = ${HEAD_RELATION}`, 'desc')
    .orderBy('birth_date')
    .execute();
  return rows.map(personFromRow);
}

export async function membershipsOf(db: Kysely<DB>, by: { personId?: string; householdId?: string }) {
  let q = db.selectFrom('membership').selectAll();
  if (by.personId) q = q.where('person_id', '=', by.personId);
  if (by.householdId) q = q.where('household_id', '=', by.householdId);
  return (await q.orderBy('membership_id').execute()).map(membershipFromRow);
}

export async function eventsOf(db: Kysely<DB>, by: { personId?: string; householdId?: string }) {
  let q = db.selectFrom('registry_event').selectAll();
  if (by.personId) q = q.where(sql<boolean>`person_ids @> array[${by.personId}]::uuid[]`);
  if (by.householdId) q = q.where(sql<boolean>`household_ids @> array[${by.householdId}]::uuid[]`);
  return (await q.orderBy('event_seq').execute()).map(eventFromRow);
}

/** Every event recorded at or before a moment, in order (for rebuilding the state as of then). */
export async function eventsUpTo(db: Kysely<DB>, at: Date, countyCode?: string) {
  let q = db.selectFrom('registry_event').selectAll().where('at', '<=', at);
  if (countyCode) q = q.where('county_code', '=', countyCode);
  return (await q.orderBy('event_seq').execute()).map(eventFromRow);
}

/** Sequences already used in ID numbers of one county and birth day (for allocating a birth's number). */
export async function usedSequences(
  db: Kysely<DB>,
  countyCode: string,
  birthDate: string,
): Promise<number[]> {
  const prefix = `${countyCode}${birthDate.replaceAll('-', '')}`;
  const rows = await db
    .selectFrom('person')
    .select('id_number')
    .where('id_number', 'like', `${prefix}%`)
    .execute();
  return rows.map((r) => Number(r.id_number.slice(14, 17)));
}

export async function nextHouseholdNo(db: Kysely<DB>, countyCode: string): Promise<string> {
  const r = await sql<{ n: number }>`select nextval('household_no_seq') as n`.execute(db);
  return `${countyCode}${String(r.rows[0]!.n).padStart(9, '0')}`;
}
