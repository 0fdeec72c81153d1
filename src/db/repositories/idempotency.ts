// Stored outcomes of POSTs that carried an Idempotency-Key, so a retried request is answered, not re-applied.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../schema.ts';

export interface StoredOutcome {
  requestHash: string;
  statusCode: number | null;
  responseBody: string | null;
  responseType: string | null;
  createdAt: Date;
}

/** Claim the key; true when this request is the first to use it. */
export async function claimKey(
  db: Kysely<DB>,
  scope: string,
  key: string,
  method: string,
  path: string,
  requestHash: string,
) {
  const r = await db
    .insertInto('idempotency_key')
    .values({
      scope,
      key,
      method,
      path,
      request_hash: requestHash,
      status_code: null,
      response_body: null,
      response_type: null,
      completed_at: null,
    })
    .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  return r !== undefined;
}

export async function readOutcome(
  db: Kysely<DB>,
  scope: string,
  key: string,
): Promise<StoredOutcome | undefined> {
  return db
    .selectFrom('idempotency_key')
    .select([
      'request_hash as requestHash',
      'status_code as statusCode',
      'response_body as responseBody',
      'response_type as responseType',
      'created_at as createdAt',
    ])
    .where('scope', '=', scope)
    .where('key', '=', key)
    .executeTakeFirst();
}

/** Take over a claim abandoned by a request that died before answering. */
export async function reclaimStaleKey(
  db: Kysely<DB>,
  scope: string,
  key: string,
  olderThan: Date,
): Promise<boolean> {
  const r = await db
    .updateTable('idempotency_key')
    .set({ created_at: sql`now()` })
    .where('scope', '=', scope)
    .where('key', '=', key)
    .where('status_code', 'is', null)
    .where('created_at', '<', olderThan)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function completeKey(
  db: Kysely<DB>,
  scope: string,
  key: string,
  statusCode: number,
  body: string,
  type: string,
) {
  await db
    .updateTable('idempotency_key')
    .set({ status_code: statusCode, response_body: body, response_type: type, completed_at: new Date() })
    .where('scope', '=', scope)
    .where('key', '=', key)
    .execute();
}

export async function releaseKey(db: Kysely<DB>, scope: string, key: string) {
  await db
    .deleteFrom('idempotency_key')
    .where('scope', '=', scope)
    .where('key', '=', key)
    .where('status_code', 'is', null)
    .execute();
}
