// The audit log: every read of personal data and every change writes a row, in the same transaction as the
// work it records (pass the transaction as the executor).
import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';

export interface AuditEntry {
  actorId: number | null;
  actorUsername: string | null;
  actorRole: string | null;
  action: string;
  resourceType: string;
  resourceId?: string | null;
  countyCode?: string | null;
  requestId?: string | null;
  ip?: string | null;
  detail?: unknown;
  /** Why the data was read: the stated purpose of a reveal, or the business served. */
  purpose?: string | null;
  /** Every person whose data the read returned or the change touched (for "who looked at my record"). */
  personIds?: readonly string[] | null;
}

/** The row of one audit entry. */
export function auditRow(e: AuditEntry) {
  return {
    actor_id: e.actorId,
    actor_username: e.actorUsername,
    actor_role: e.actorRole,
    action: e.action,
    resource_type: e.resourceType,
    resource_id: e.resourceId ?? null,
    county_code: e.countyCode ?? null,
    request_id: e.requestId ?? null,
    ip: e.ip ?? null,
    detail: e.detail === undefined ? null : JSON.stringify(e.detail),
    purpose: e.purpose ?? null,
    person_ids: e.personIds && e.personIds.length ? [...e.personIds] : null,
  };
}

export async function recordAudit(db: Kysely<DB>, e: AuditEntry): Promise<void> {
  await db.insertInto('audit_log').values(auditRow(e)).execute();
}
