// The append-only records of an application: transition events, evaluations, uploaded materials; and its permit.
import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../schema.ts';
import type {
  ApplicationAttachmentTable,
  MovePermitTable,
  SettlementApplicationEventTable,
  SettlementEvaluationTable,
} from '../../tables/applications.ts';

export type EventRow = Selectable<SettlementApplicationEventTable>;
export type EvaluationRow = Selectable<SettlementEvaluationTable>;
export type AttachmentRow = Selectable<ApplicationAttachmentTable>;
export type AttachmentInfo = Omit<AttachmentRow, 'content'>;
export type PermitRow = Selectable<MovePermitTable>;

export async function listEvents(db: Kysely<DB>, applicationId: string): Promise<EventRow[]> {
  return db
    .selectFrom('settlement_application_event')
    .selectAll()
    .where('application_id', '=', applicationId)
    .orderBy('seq')
    .execute();
}

export async function listEvaluations(db: Kysely<DB>, applicationId: string): Promise<EvaluationRow[]> {
  return db
    .selectFrom('settlement_evaluation')
    .selectAll()
    .where('application_id', '=', applicationId)
    .orderBy('id')
    .execute();
}

export async function insertAttachment(db: Kysely<DB>, a: AttachmentRow): Promise<void> {
  await db.insertInto('application_attachment').values(a).execute();
}

export async function listAttachments(db: Kysely<DB>, applicationId: string): Promise<AttachmentInfo[]> {
  return db
    .selectFrom('application_attachment')
    .select([
      'id',
      'application_id',
      'county_code',
      'material_code',
      'file_name',
      'media_type',
      'size_bytes',
      'sha256',
      'uploaded_by',
      'uploaded_at',
    ])
    .where('application_id', '=', applicationId)
    .orderBy('uploaded_at')
    .execute();
}

export async function findAttachment(
  db: Kysely<DB>,
  applicationId: string,
  id: string,
): Promise<AttachmentRow | undefined> {
  return db
    .selectFrom('application_attachment')
    .selectAll()
    .where('application_id', '=', applicationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertPermit(db: Kysely<DB>, p: PermitRow): Promise<void> {
  await db
    .insertInto('move_permit')
    .values({ ...p, companions: JSON.stringify(p.companions) })
    .execute();
}

export async function findPermit(db: Kysely<DB>, number: string): Promise<PermitRow | undefined> {
  const county = /^ZQ(\d{6})/.exec(number)?.[1];
  if (!county) return undefined;
  return db
    .selectFrom('move_permit')
    .selectAll()
    .where('county_code', '=', county)
    .where('number', '=', number)
    .executeTakeFirst();
}

export async function findPermitByToken(db: Kysely<DB>, token: string): Promise<PermitRow | undefined> {
  return db.selectFrom('move_permit').selectAll().where('verify_token', '=', token).executeTakeFirst();
}

/** Give a permit issued before verification tokens its token (once: a token already set is kept). */
export async function setPermitToken(db: Kysely<DB>, number: string, token: string): Promise<string> {
  await db
    .updateTable('move_permit')
    .set({ verify_token: token })
    .where('number', '=', number)
    .where('verify_token', 'is', null)
    .execute();
  const row = await db
    .selectFrom('move_permit')
    .select('verify_token')
    .where('number', '=', number)
    .executeTakeFirstOrThrow();
  return row.verify_token!;
}

export async function markPermit(
  db: Kysely<DB>,
  number: string,
  change: { used_at?: Date; withdrawn_at?: Date },
): Promise<void> {
  await db.updateTable('move_permit').set(change).where('number', '=', number).execute();
}
