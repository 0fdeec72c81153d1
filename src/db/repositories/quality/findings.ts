// The work queue: findings stored per county with status, assignee and due date. A finding found again by a later
// scan is the same row (finding_key); one no longer found is closed by the scan; a dismissed one stays dismissed.
import { sql, type Kysely } from 'kysely';
import { findingKey, type Finding } from '../../../domain/quality/finding.ts';
import type { FindingStatus } from '../../../domain/quality/schema.ts';
import type { DB } from '../../schema.ts';

/** Upsert the findings of a scan; returns how many were new. */
export async function storeFindings(
  db: Kysely<DB>,
  scanId: number | null,
  findings: readonly Finding[],
  dueOn: string,
  at: Date,
): Promise<number> {
  let created = 0;
  for (let i = 0; i < findings.length; i += 1000) {
    const chunk = findings.slice(i, i + 1000);
    const seen = new Set<string>();
    const values = chunk
      .map((f) => ({ f, key: findingKey(f) }))
      .filter(({ key }) => (seen.has(key) ? false : (seen.add(key), true)))
      .map(({ f, key }) => ({
        finding_key: key,
        code: f.code,
        county_code: f.countyCode,
        id_numbers: f.idNumbers,
        household_nos: f.householdNos,
        detail: JSON.stringify(f.detail),
        clauses: f.clauses,
        due_on: dueOn,
        first_found_at: at,
        last_scan_id: scanId,
      }));
    // New ones are those not stored before; `returning (xmax = 0)` told them apart, but a partitioned table (migration
    // 2000) returns no system column. Scans run one at a time (0502), so nothing stores these keys in between.
    const stored = await db
      .selectFrom('quality_finding')
      .select(['finding_key', 'county_code'])
      .where(
        'finding_key',
        'in',
        values.map((v) => v.finding_key),
      )
      .execute();
    const before = new Set(stored.map((r) => `${r.county_code} ${r.finding_key}`));
    await db
      .insertInto('quality_finding')
      .values(values)
      // (finding_key, county_code): the key a county-partitioned register can hold unique (migration 2000).
      .onConflict((oc) =>
        oc.columns(['finding_key', 'county_code']).doUpdateSet({
          detail: sql`excluded.detail`,
          last_scan_id: sql`excluded.last_scan_id`,
          status: sql`case when quality_finding.status = 'resolved' then 'open' else quality_finding.status end`,
          resolved_at: sql`case when quality_finding.status = 'resolved' then null else quality_finding.resolved_at end`,
        }),
      )
      .execute();
    created += values.filter((v) => !before.has(`${v.county_code} ${v.finding_key}`)).length;
  }
  return created;
}

/** After a full scan: open findings it did not find again are closed as no longer present. */
export async function closeUnseen(db: Kysely<DB>, scanId: number, at: Date): Promise<number> {
  const r = await db
    .updateTable('quality_finding')
    .set({
      status: 'resolved',
      resolved_at: at,
      resolution: JSON.stringify({ by: 'scan', scanId, note: '复查未再发现 / not found again' }),
      version: sql`version + 1`,
    })
    .where('status', 'in', ['open', 'in-progress'])
    .where((eb) => eb.or([eb('last_scan_id', '<>', scanId), eb('last_scan_id', 'is', null)]))
    .where('code', 'not in', ['probable-duplicate'])
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export interface FindingFilter {
  jurisdiction: string;
  code?: string;
  county?: string;
  status?: string;
  limit: number;
  offset: number;
}

/**
 * A finding is within a jurisdiction when every record it names lies inside (T13.2): its households (by number)
 * and its persons (by ID number and, for duplicates, by the person ids in its detail), a person placed at their
 * household's unit or, without one, at their county. A station additionally needs one household of its own, so a
 * finding whose records are gone stays with the county. A finding across two stations or two counties belongs to
 * the level above both: nobody below sees the other place's persons through it.
 */
function withinJurisdiction(jurisdiction: string) {
  const prefix = `${jurisdiction}%`;
  return sql<boolean>`(
    not exists (select 1 from household h where h.household_no = any(quality_finding.household_nos) and h.division_code not like ${prefix})
    and not exists (select 1 from person p left join household h on h.household_id = p.household_id
      where p.id_number = any(quality_finding.id_numbers) and coalesce(h.division_code, p.county_code) not like ${prefix})
    and not exists (select 1 from person p left join household h on h.household_id = p.household_id
      where p.person_id = any(array(select jsonb_array_elements_text(coalesce(quality_finding.detail -> 'personIds', '[]'::jsonb)))::uuid[])
        and coalesce(h.division_code, p.county_code) not like ${prefix})
    ${jurisdiction.length > 6 ? sql`and exists (select 1 from household h where h.household_no = any(quality_finding.household_nos) and h.division_code like ${prefix})` : sql``}
  )`;
}

function filtered(db: Kysely<DB>, f: FindingFilter) {
  let q = db.selectFrom('quality_finding');
  const county = f.county ?? (f.jurisdiction.length >= 6 ? f.jurisdiction.slice(0, 6) : null);
  if (county) q = q.where('county_code', '=', county);
  if (f.jurisdiction.length > 4) q = q.where(withinJurisdiction(f.jurisdiction));
  if (f.code) q = q.where('code', '=', f.code);
  if (f.status) q = q.where('status', '=', f.status);
  return q;
}

export async function listFindings(db: Kysely<DB>, f: FindingFilter) {
  const [items, total] = await Promise.all([
    filtered(db, f)
      .selectAll()
      .orderBy('due_on')
      .orderBy('finding_id')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    filtered(db, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

export async function findingCounts(db: Kysely<DB>, jurisdiction: string) {
  return filtered(db, { jurisdiction, limit: 0, offset: 0 })
    .select(['code', 'county_code', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['code', 'county_code', 'status'])
    .orderBy('code')
    .execute();
}

/**
 * One finding, or undefined when it does not exist or lies outside the jurisdiction (the two look the same). `lock`
 * (inside a transaction): the row stays locked until it ends, so concurrent changes of one finding take turns.
 */
export async function getFinding(
  db: Kysely<DB>,
  findingId: number,
  jurisdiction?: string,
  options: { lock?: boolean } = {},
) {
  const q =
    jurisdiction === undefined
      ? db.selectFrom('quality_finding')
      : filtered(db, { jurisdiction, limit: 1, offset: 0 });
  const one = q.selectAll().where('finding_id', '=', findingId);
  return (options.lock ? one.forUpdate() : one).executeTakeFirst();
}

/** Move a finding on, refusing a stale version (another officer changed it meanwhile). */
export async function updateFinding(
  db: Kysely<DB>,
  findingId: number,
  version: number,
  change: {
    status?: FindingStatus;
    assignee_id?: number | null;
    due_on?: string;
    resolution?: unknown;
    resolved_at?: Date | null;
  },
): Promise<boolean> {
  const { resolution, ...rest } = change;
  const r = await db
    .updateTable('quality_finding')
    .set({
      ...rest,
      ...(resolution !== undefined ? { resolution: JSON.stringify(resolution) } : {}),
      version: sql`version + 1`,
    })
    .where('finding_id', '=', findingId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function rememberNotDuplicate(
  db: Kysely<DB>,
  a: string,
  b: string,
  by: string,
  at: Date,
  reason: string,
) {
  const [person_a, person_b] = a < b ? [a, b] : [b, a];
  await db
    .insertInto('quality_pair_decision')
    .values({ person_a, person_b, decision: 'not-duplicate', decided_by: by, decided_at: at, reason })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** The findings a scan saw (found or found again), in the contract's shape, at most `limit`. */
export async function findingsSeenBy(db: Kysely<DB>, scanId: number, limit: number) {
  const rows = await db
    .selectFrom('quality_finding')
    .select(['code', 'id_numbers', 'household_nos', 'detail', 'clauses'])
    .where('last_scan_id', '=', scanId)
    .orderBy('finding_id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    code: r.code,
    idNumbers: r.id_numbers,
    householdNos: r.household_nos,
    detail: { ...(r.detail as object), clauses: r.clauses },
  }));
}
