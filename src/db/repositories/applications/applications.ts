// Settlement applications: the current row (a projection of its events) and which numbers are taken. Writes take
// the transaction as executor so event, projection, evaluation and audit row commit together.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB } from '../../schema.ts';
import type { SettlementApplicationTable } from '../../tables/applications.ts';
import { TERMINAL_STATES } from '../../../domain/applications/states.ts';
import { json } from '../json.ts';

export type ApplicationRow = Selectable<SettlementApplicationTable>;
export type NewApplicationRow = Omit<ApplicationRow, 'version'>;

/** The first of these candidate numbers not yet given to an application (LH) or a permit (ZQ), if any. */
export async function firstUnusedNumber(
  db: Kysely<DB>,
  kind: 'LH' | 'ZQ',
  candidates: string[],
): Promise<string | undefined> {
  const table = kind === 'LH' ? 'settlement_application' : 'move_permit';
  const used = new Set(
    (await db.selectFrom(table).select('number').where('number', 'in', candidates).execute()).map(
      (r) => r.number,
    ),
  );
  return candidates.find((n) => !used.has(n));
}

/** The column values of a new application, JSON columns serialised. */
export function applicationValues(row: NewApplicationRow) {
  return {
    ...row,
    input: JSON.stringify(row.input),
    decision_clauses: json(row.decision_clauses),
    missing_materials: json(row.missing_materials),
  };
}

export async function findApplication(
  db: Kysely<DB>,
  id: string,
  forUpdate = false,
): Promise<ApplicationRow | undefined> {
  let q = db.selectFrom('settlement_application').selectAll().where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function findApplicationByNumber(
  db: Kysely<DB>,
  number: string,
): Promise<ApplicationRow | undefined> {
  const county = /^LH(\d{6})/.exec(number)?.[1];
  if (!county) return undefined;
  return db
    .selectFrom('settlement_application')
    .selectAll()
    .where('county_code', '=', county)
    .where('number', '=', number)
    .executeTakeFirst();
}

/** The open application of a person in a county, if any (one at a time). */
export async function findOpenApplication(
  db: Kysely<DB>,
  countyCode: string,
  idNumber: string,
): Promise<ApplicationRow | undefined> {
  return db
    .selectFrom('settlement_application')
    .selectAll()
    .where('county_code', '=', countyCode)
    .where('applicant_id_number', '=', idNumber)
    .where('state', 'not in', TERMINAL_STATES)
    .executeTakeFirst();
}

export type ApplicationChange = Partial<
  Pick<
    ApplicationRow,
    | 'state'
    | 'state_entered_at'
    | 'deadline'
    | 'decision_outcome'
    | 'decision_clauses'
    | 'missing_materials'
    | 'permit_number'
    | 'input'
    | 'updated_at'
    | 'applicant_person_id'
  >
>;

/** The column values of a change, JSON columns serialised. */
export function changeValues(change: ApplicationChange): Record<string, unknown> {
  const values: Record<string, unknown> = { ...change };
  for (const k of ['decision_clauses', 'missing_materials', 'input'] as const)
    if (k in change) values[k] = json(change[k]);
  return values;
}

export interface QueueFilter {
  /** Division prefix of the actor's jurisdiction (4, 6 or 9 digits). */
  jurisdiction: string;
  states: readonly string[];
  limit: number;
}

/** Open applications in a jurisdiction, the nearest deadline first. */
export async function listQueue(db: Kysely<DB>, f: QueueFilter): Promise<ApplicationRow[]> {
  let q = db
    .selectFrom('settlement_application')
    .selectAll()
    .where('state', 'in', [...f.states]);
  if (f.jurisdiction.length >= 6) q = q.where('county_code', '=', f.jurisdiction.slice(0, 6));
  if (f.jurisdiction.length === 9) q = q.where('station_code', '=', f.jurisdiction);
  else q = q.where('station_code', 'like', `${f.jurisdiction}%`);
  return q
    .orderBy(sql`deadline asc nulls last`)
    .orderBy('created_at')
    .limit(f.limit)
    .execute();
}

/** Applications whose state deadline passed, for the expiry sweep. */
export async function listPastDeadline(
  db: Kysely<DB>,
  states: readonly string[],
  now: Date,
  limit: number,
): Promise<ApplicationRow[]> {
  return db
    .selectFrom('settlement_application')
    .selectAll()
    .where('state', 'in', [...states])
    .where('deadline', '<', now)
    .orderBy('deadline')
    .limit(limit)
    .execute();
}
