// The cells of a day (src/domain/statistics/cells.ts), each kind in one pass over the rows true at the moment
// (as-of.ts): persons active then, with their household's unit (a household's unit never changes: no event moves a
// household, people move between households), households active then, and residence registrations of persons
// from outside the city.
import { sql, type Kysely } from 'kysely';
import type { HouseholdCell, IncomerCell, PersonCell } from '../../../domain/statistics/cells.ts';
import type { DB } from '../../schema.ts';
import { withRoomToHash } from '../../work-mem.ts';
import { rowsTrueAt } from './as-of.ts';

export interface CellMoment {
  /** The end of the day. */
  at: Date;
  /** The day (ages are counted on it). */
  day: string;
  /** Living elsewhere since this day or earlier makes a person count there (the residence threshold). */
  settledBy: string;
}

const PERSON_COLUMNS = sql`x.household_id, x.sex, x.birth_date, x.ethnicity, x.residence_division_code, x.residing_since`;

export async function personCells(db: Kysely<DB>, m: CellMoment): Promise<PersonCell[]> {
  const [current, history] = rowsTrueAt('person', 'x', m.at);
  // Away when living in another unit since the threshold day; 'moved' when that unit is in the city.
  const away = sql`(p.residence_division_code is not null and p.residing_since <= ${m.settledBy}::date
                    and p.residence_division_code <> h.division_code)`;
  const r = await sql<PersonCell>`
    with p as (select ${PERSON_COLUMNS} from ${current}
               union all
               select ${PERSON_COLUMNS} from ${history})
    select left(h.division_code, 9) as town,
           coalesce(hu.urban_rural_code like '1%', false) as urban,
           h.kind = 'family' as family,
           case when not ${away} then 'present'
                when p.residence_division_code like '5306%' then 'moved'
                else 'away' end as kind,
           case when ${away} and p.residence_division_code like '5306%'
                then left(p.residence_division_code, 9) end as "liveTown",
           case when ${away} and p.residence_division_code like '5306%'
                then coalesce(lu.urban_rural_code like '1%', false) end as "liveUrban",
           p.sex,
           least(date_part('year', age(${m.day}::date, p.birth_date))::int / 5, 20) as band,
           p.ethnicity,
           count(*)::int as n
      from p
      join household h on h.household_id = p.household_id
      left join division_unit hu on hu.code = h.division_code
      left join division_unit lu on lu.code = p.residence_division_code
     group by 1, 2, 3, 4, 5, 6, 7, 8, 9`.execute(db);
  return r.rows;
}

export async function householdCells(db: Kysely<DB>, m: CellMoment): Promise<HouseholdCell[]> {
  const [current, history] = rowsTrueAt('household', 'x', m.at);
  const r = await sql<HouseholdCell>`
    with h as (select x.division_code, x.kind from ${current}
               union all
               select x.division_code, x.kind from ${history})
    select left(division_code, 9) as town, kind = 'family' as family, count(*)::int as n
      from h group by 1, 2`.execute(db);
  return r.rows;
}

/** Residence registrations (0800) of persons whose hukou is outside the city (no person in the register). */
export async function incomerCells(db: Kysely<DB>, m: CellMoment): Promise<IncomerCell[]> {
  const r = await sql<IncomerCell>`
    select left(r.unit_code, 9) as town, coalesce(u.urban_rural_code like '1%', false) as urban, count(*)::int as n
      from residence_registration r
      left join division_unit u on u.code = r.unit_code
     where r.person_id is null
       and r.since <= ${m.settledBy}::date
       and r.created_at <= ${m.at}
       and (r.ended_on is null or r.ended_on > ${m.day}::date)
     group by 1, 2`.execute(db);
  return r.rows;
}

/** Every cell of a day, read at one moment of the database (one repeatable-read transaction) with room to hash. */
export function dayCells(db: Kysely<DB>, m: CellMoment) {
  return withRoomToHash(db, async (trx) => ({
    persons: await personCells(trx, m),
    households: await householdCells(trx, m),
    incomers: await incomerCells(trx, m),
  }));
}
