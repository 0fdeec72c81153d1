// The projection's reads (issue 16, T1): registered persons per county, the persons living apart from their
// hukou in an urban unit of the city (人户分离), and the residence-permit holders — each read in chunks so 6.5
// million rows never sit in memory at once. Call inside one REPEATABLE READ transaction: every chunk then reads
// the same snapshot, and a row version has one place in it.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../schema.ts';

export interface RegisteredRow {
  county: string;
  persons: number;
  urban: number;
}

/** Active persons per county of their household, and those whose household unit is urban (1xx). */
export async function registeredPerCounty(db: Kysely<DB>): Promise<RegisteredRow[]> {
  const r = await sql<{ county: string; persons: string; urban: string }>`
    select h.county_code as county, count(*) as persons,
           count(*) filter (where d.urban_rural_code like '1%') as urban
    from person p
    join household h on h.household_id = p.household_id
    join division_unit d on d.code = h.division_code
    where p.status = 'active' and p.legacy_flag is null
    group by h.county_code`.execute(db);
  return r.rows.map((x) => ({ county: x.county, persons: Number(x.persons), urban: Number(x.urban) }));
}

/** The person table's pages: the apart persons are read page range by page range (a TID range scan). */
export async function personPages(db: Kysely<DB>): Promise<number> {
  const r = await sql<{ pages: string }>`
    select (pg_relation_size('person') / current_setting('block_size')::int) as pages`.execute(db);
  return Number(r.rows[0]!.pages);
}

export interface ApartRow {
  birth_date: string;
  hukou_county: string;
  hukou_urban: boolean;
  residence_unit: string;
  residence_county: string;
  residence_urban: boolean;
}

/** The apart persons' select over the whole table (the benchmark's baseline reads it with `psql \copy`). */
export const APART_SELECT = `
    select p.birth_date::text as birth_date, h.county_code as hukou_county,
           hd.urban_rural_code like '1%' as hukou_urban,
           p.residence_division_code as residence_unit, rd.county_code as residence_county,
           true as residence_urban
    from person p
    join household h on h.household_id = p.household_id
    join division_unit hd on hd.code = h.division_code
    join division_unit rd on rd.code = p.residence_division_code
    where p.status = 'active' and p.legacy_flag is null
      and p.residence_division_code <> h.division_code
      and rd.urban_rural_code like '1%'
      and not exists (select 1 from residence_permit rp where rp.id_number = p.id_number and rp.status = 'valid')`;

/**
 * 人户分离 in pages [from, to): active persons living in an urban unit of the city (a unit of division_unit,
 * class 1xx) other than their household's. A holder of a permit stored valid is left to the permit read, so no one
 * is evaluated twice (one whose endorsement lapsed since the daily sweep last ran is then in neither, until it runs). Keyed by the physical row position, so each page range is read once, in disk order.
 */
export async function apartPersonsInPages(db: Kysely<DB>, from: number, to: number): Promise<ApartRow[]> {
  const r = await sql<ApartRow>`${sql.raw(APART_SELECT)}
      and p.ctid >= ${`(${from},0)`}::tid and p.ctid < ${`(${to},0)`}::tid`.execute(db);
  return r.rows;
}

export interface PermitHolderRow {
  id: string;
  status: string;
  issued_on: string | null;
  endorsements: string[];
  county_code: string;
  birth_date: string;
  grounds: string[];
  hukou_rural: boolean;
  residence_unit: string;
  residence_county: string;
  residence_urban: boolean;
  /** Set when the holder's own hukou is active in the register. */
  hukou_county: string | null;
  hukou_urban: boolean | null;
  insurance_years: number | null;
}

/** Permits stored as valid, after `afterId` in id order (keyset), with the registration and the latest 人社 fact. */
export async function permitHoldersAfter(
  db: Kysely<DB>,
  afterId: string,
  limit: number,
): Promise<PermitHolderRow[]> {
  const r = await sql<PermitHolderRow>`
    select rp.id, rp.status, rp.issued_on::text as issued_on, rp.endorsements, rp.county_code,
           rr.birth_date::text as birth_date, rr.grounds, rr.hukou_rural,
           rr.unit_code as residence_unit, d.county_code as residence_county,
           d.urban_rural_code like '1%' as residence_urban,
           h.county_code as hukou_county, hd.urban_rural_code like '1%' as hukou_urban,
           (select f.years from permit_fact f
             where f.id_number = rp.id_number and f.kind = 'social-insurance-years' and f.child_key = ''
             order by f.id desc limit 1) as insurance_years
    from residence_permit rp
    join residence_registration rr on rr.id = rp.registration_id
    join division_unit d on d.code = rr.unit_code
    left join person p on p.id_number = rp.id_number and p.status = 'active' and p.legacy_flag is null
    left join household h on h.household_id = p.household_id
    left join division_unit hd on hd.code = h.division_code
    where rp.status = 'valid' and rp.id > ${afterId}::uuid
    order by rp.id
    limit ${limit}`.execute(db);
  return r.rows;
}
