// Residence registrations: the projection rows, the register's person behind an ID number, and the unit a
// residence is in. Writes take the caller's transaction (the event and the audit row commit with them).
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../schema.ts';
import type { ResidenceRegistrationTable } from '../../tables/residence.ts';

export type RegistrationRow = ResidenceRegistrationTable & { version: number };

export async function findRegistration(
  db: Kysely<DB>,
  id: string,
  forUpdate = false,
): Promise<RegistrationRow | undefined> {
  let q = db.selectFrom('residence_registration').selectAll().where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  return (await q.executeTakeFirst()) as RegistrationRow | undefined;
}

export async function findActiveRegistrationOf(
  trx: Kysely<DB>,
  idNumber: string,
): Promise<RegistrationRow | undefined> {
  return (await trx
    .selectFrom('residence_registration')
    .selectAll()
    .where('id_number', '=', idNumber)
    .where('status', '=', 'active')
    .forUpdate()
    .executeTakeFirst()) as RegistrationRow | undefined;
}

export async function insertRegistration(
  trx: Transaction<DB>,
  row: Omit<ResidenceRegistrationTable, 'version'>,
) {
  await trx
    .insertInto('residence_registration')
    .values({ ...row, grounds: JSON.stringify(row.grounds), evidence: JSON.stringify(row.evidence) })
    .execute();
}

export async function endRegistrationRow(
  trx: Kysely<DB>,
  id: string,
  version: number,
  change: { ended_on: string; end_reason: string; updated_at: Date },
): Promise<boolean> {
  const r = await trx
    .updateTable('residence_registration')
    .set({ ...change, status: 'ended', version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function searchRegistrations(
  db: Kysely<DB>,
  filter: { jurisdiction: string; idNumber?: string | undefined; status?: string | undefined; limit: number },
) {
  let q = db
    .selectFrom('residence_registration as r')
    .leftJoin('residence_permit as p', (j) =>
      j.onRef('p.registration_id', '=', 'r.id').on('p.status', '<>', 'cancelled'),
    )
    .select([
      'r.id',
      'r.status',
      'r.id_number',
      'r.name',
      'r.unit_code',
      'r.address',
      'r.since',
      'p.id as permit_id',
    ])
    .where('r.station_code', 'like', `${filter.jurisdiction}%`);
  if (filter.idNumber) q = q.where('r.id_number', '=', filter.idNumber);
  if (filter.status) q = q.where('r.status', '=', filter.status);
  return q.orderBy('r.created_at', 'desc').limit(filter.limit).execute();
}

/** The active person in the register with this ID number, with where their hukou is. */
export async function findRegisteredPerson(db: Kysely<DB>, idNumber: string) {
  return db
    .selectFrom('person as p')
    .leftJoin('household as h', 'h.household_id', 'p.household_id')
    .leftJoin('division_unit as u', 'u.code', 'h.division_code')
    .select([
      'p.person_id',
      'p.name',
      'p.sex',
      'p.birth_date',
      'p.ethnicity',
      'h.division_code',
      'h.address_detail',
      'u.urban_rural_code',
    ])
    .where('p.id_number', '=', idNumber)
    .where('p.status', '=', 'active')
    .executeTakeFirst();
}

export async function findUnit(db: Kysely<DB>, code: string) {
  return db.selectFrom('division_unit').select(['code', 'name']).where('code', '=', code).executeTakeFirst();
}
