// The residence events: every step of a registration or a permit, with its legal basis. Append-only.
import type { Kysely } from 'kysely';
import type { DB } from '../../schema.ts';
import type { ResidenceEventTable } from '../../tables/residence.ts';

export type ResidenceEventInsert = Omit<ResidenceEventTable, 'id'>;

export async function appendResidenceEvent(db: Kysely<DB>, e: ResidenceEventInsert) {
  await db
    .insertInto('residence_event')
    .values({ ...e, detail: e.detail === undefined || e.detail === null ? null : JSON.stringify(e.detail) })
    .execute();
}

export async function eventsOfRegistration(db: Kysely<DB>, registrationId: string) {
  return db
    .selectFrom('residence_event')
    .selectAll()
    .where('registration_id', '=', registrationId)
    .orderBy('id')
    .execute();
}

export async function eventsOfPermit(db: Kysely<DB>, permitId: string) {
  return db
    .selectFrom('residence_event')
    .selectAll()
    .where('permit_id', '=', permitId)
    .orderBy('id')
    .execute();
}
