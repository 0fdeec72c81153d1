// Residence permits: the projection rows (state, endorsements, the due anniversary), numbers, the public token,
// the work lists. The events (residence_event) are the record; these rows are rebuilt from them on each change.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../schema.ts';
import type { ResidencePermitTable } from '../../tables/residence.ts';

export type PermitRow = Omit<ResidencePermitTable, 'version' | 'card_edition'> & {
  version: number;
  card_edition: number;
};

export async function findPermit(db: Kysely<DB>, id: string, forUpdate = false) {
  let q = db.selectFrom('residence_permit').selectAll().where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  return (await q.executeTakeFirst()) as PermitRow | undefined;
}

export async function findOpenPermitOf(db: Kysely<DB>, idNumber: string, forUpdate = false) {
  let q = db
    .selectFrom('residence_permit')
    .selectAll()
    .where('id_number', '=', idNumber)
    .where('status', 'in', ['applied', 'valid', 'suspended']);
  if (forUpdate) q = q.forUpdate();
  return (await q.executeTakeFirst()) as PermitRow | undefined;
}

export async function findPermitOfRegistration(db: Kysely<DB>, registrationId: string) {
  return (await db
    .selectFrom('residence_permit')
    .selectAll()
    .where('registration_id', '=', registrationId)
    .orderBy('created_at', 'desc')
    .executeTakeFirst()) as PermitRow | undefined;
}

export async function findPermitByToken(db: Kysely<DB>, token: string) {
  return (await db
    .selectFrom('residence_permit')
    .selectAll()
    .where('verify_token', '=', token)
    .executeTakeFirst()) as PermitRow | undefined;
}

export async function insertPermit(db: Kysely<DB>, row: Omit<PermitRow, 'version' | 'card_edition'>) {
  await db
    .insertInto('residence_permit')
    .values({
      ...row,
      endorsements: JSON.stringify(row.endorsements),
      eligibility: JSON.stringify(row.eligibility),
    })
    .execute();
}

export type PermitChange = Partial<
  Pick<
    PermitRow,
    'status' | 'issued_on' | 'endorsements' | 'card_edition' | 'verify_token' | 'due_on' | 'cancel_reason'
  >
> & { updated_at: Date };

/** Write the new projection at the expected version; false when someone else changed the permit meanwhile. */
export async function updatePermit(
  db: Kysely<DB>,
  id: string,
  version: number,
  change: PermitChange,
): Promise<boolean> {
  const set = {
    ...change,
    ...(change.endorsements ? { endorsements: JSON.stringify(change.endorsements) } : {}),
    version: version + 1,
  };
  const r = await db
    .updateTable('residence_permit')
    .set(set)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function firstUnusedPermitNumber(db: Kysely<DB>, candidates: string[]) {
  const used = await db
    .selectFrom('residence_permit')
    .select('number')
    .where('number', 'in', candidates)
    .execute();
  const taken = new Set(used.map((r) => r.number));
  return candidates.find((c) => !taken.has(c));
}

const DUE_COLUMNS = ['id', 'number', 'holder_name', 'station_code', 'status', 'due_on'] as const;

/**
 * Permits in a division (station, county or city prefix) whose anniversary falls in [from, to] (due) or before
 * `from` (overdue), soonest first. The prefix picks the index: station (9 digits), county (6), city (4).
 */
export async function duePermits(
  db: Kysely<DB>,
  q: { division: string; from: string; to: string; overdue: boolean; limit: number },
) {
  let base = db.selectFrom('residence_permit').where('status', 'in', ['valid', 'suspended']);
  if (q.division.length === 9) base = base.where('station_code', '=', q.division);
  else if (q.division.length === 6) base = base.where('county_code', '=', q.division);
  else if (q.division.length !== 4) base = base.where('station_code', 'like', `${q.division}%`);
  base = q.overdue
    ? base.where('due_on', '<', q.from)
    : base.where('due_on', '>=', q.from).where('due_on', '<=', q.to);
  const [items, total] = await Promise.all([
    base.select(DUE_COLUMNS).orderBy('due_on').orderBy('id').limit(q.limit).execute(),
    base.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

/**
 * The sweep's work, a batch at a time: valid permits whose anniversary has passed (to suspend), and suspended ones
 * whose anniversary is older than `expireBefore` (to expire).
 */
export async function lapsedPermitIds(
  db: Kysely<DB>,
  q: { today: string; expireBefore: string; exclude: readonly string[]; limit: number },
) {
  let base = db
    .selectFrom('residence_permit')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'valid'), eb('due_on', '<', q.today)]),
        eb.and([eb('status', '=', 'suspended'), eb('due_on', '<=', q.expireBefore)]),
      ]),
    );
  if (q.exclude.length) base = base.where('id', 'not in', q.exclude);
  const rows = await base.orderBy('due_on').limit(q.limit).execute();
  return rows.map((r) => r.id);
}

/** A permit follows its holder to a new residence in the city (居住地变更). */
export async function moveOpenPermit(
  db: Kysely<DB>,
  permit: PermitRow,
  to: { registration_id: string; station_code: string; county_code: string; updated_at: Date },
) {
  const r = await db
    .updateTable('residence_permit')
    .set({ ...to, version: permit.version + 1 })
    .where('id', '=', permit.id)
    .where('version', '=', permit.version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
