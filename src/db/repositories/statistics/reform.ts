// The reform's own measures as of a moment (issue 16; T11, T12, T16.1), each from its module's append-only record:
// settlement registrations from the applications' transition events, permits from their events, findings from
// their dates. Scoped by a division prefix (5306, a county, a town).
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../schema.ts';

export interface SettlementCell {
  /** The destination town (9 digits). */
  town: string;
  basis: string;
  persons: number;
  /** Persons whose hukou was rural before and who settled in an urban unit (市民化, T16.1). */
  citizenized: number;
}

/** Persons settled by registered applications up to `at`: the applicant and every companion. */
export async function settlementCells(db: Kysely<DB>, at: Date, scope: string): Promise<SettlementCell[]> {
  const persons = sql`1 + jsonb_array_length(coalesce(a.input->'companions', '[]'::jsonb))`;
  // The unit settled in: the destination's own 12-digit unit, else the household joined, else where the
  // applicant is registered now.
  const urban = sql`coalesce(du.urban_rural_code, hu.urban_rural_code, pu.urban_rural_code) like '1%'`;
  const rural = sql`coalesce((a.input->'applicant'->'hukou'->>'rural')::boolean, false)`;
  const r = await sql<SettlementCell>`
    select a.station_code as town, a.basis,
           sum(${persons})::int as persons,
           sum(case when ${rural} and coalesce(${urban}, false) then ${persons} else 0 end)::int as citizenized
      from settlement_application a
      join settlement_application_event e on e.application_id = a.id and e.to_state = 'registered'
      left join division_unit du on du.code = a.input->'destination'->>'divisionCode'
      left join household dh on dh.household_id = (a.input->'destination'->>'householdId')::uuid
      left join division_unit hu on hu.code = dh.division_code
      left join person p on p.person_id = a.applicant_person_id
      left join household ph on ph.household_id = p.household_id
      left join division_unit pu on pu.code = ph.division_code
     where e.at <= ${at} and a.station_code like ${`${scope}%`}
     group by 1, 2`.execute(db);
  return r.rows;
}

/** Permits issued and endorsed up to the day, and the permits suspended and valid on it (their last event's status). */
export async function permitCounts(db: Kysely<DB>, day: string, scope: string) {
  const inScope = sql`r.station_code like ${`${scope}%`}`;
  const r = await sql<{ issued: number; endorsed: number; suspended: number; valid: number }>`
    with ev as (
      select e.permit_id, e.action, e.to_status, e.id
        from residence_event e join residence_registration r on r.id = e.registration_id
       where e.permit_id is not null and e.on_date <= ${day}::date and ${inScope}
    ), latest as (
      select distinct on (permit_id) to_status from ev where to_status is not null order by permit_id, id desc
    )
    select (select count(*)::int from ev where action = 'issue') as issued,
           (select count(*)::int from ev where action = 'endorse') as endorsed,
           (select count(*)::int from latest where to_status = 'suspended') as suspended,
           (select count(*)::int from latest where to_status = 'valid') as valid`.execute(db);
  return r.rows[0]!;
}

/** Legacy-problem findings (T12) open at `at`, and those cleared (resolved or dismissed) by then. */
export async function findingCounts(db: Kysely<DB>, at: Date, scope: string) {
  const county = sql`county_code like ${`${scope.slice(0, 6)}%`}`;
  const r = await sql<{ open: number; cleared: number }>`
    select count(*) filter (where resolved_at is null or resolved_at > ${at})::int as open,
           count(*) filter (where resolved_at <= ${at} and status in ('resolved', 'dismissed'))::int as cleared
      from quality_finding
     where first_found_at <= ${at} and ${county}`.execute(db);
  return r.rows[0]!;
}
