// Kysely row types of the foundation tables (src/db/migrations/0001_foundation.sql).
import type { Generated } from 'kysely';

export interface AppUserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  role: string;
  jurisdiction: string;
  department: string | null;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface UserSessionTable {
  token_hash: string;
  user_id: number;
  created_at: Generated<Date>;
  expires_at: Date;
  ended_at: Date | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Generated<Date>;
  actor_id: number | null;
  actor_username: string | null;
  actor_role: string | null;
  action: string;
  resource_type: string;
  resource_id: string | null;
  county_code: string | null;
  request_id: string | null;
  ip: string | null;
  detail: unknown;
  /** Why personal data was read (0600). */
  purpose: string | null;
  /** Every person the read or change touched (0600). */
  person_ids: string[] | null;
}

export interface IdempotencyKeyTable {
  scope: string;
  key: string;
  method: string;
  path: string;
  request_hash: string;
  status_code: number | null;
  response_body: string | null;
  response_type: string | null;
  created_at: Generated<Date>;
  completed_at: Date | null;
}

export interface LoginFailureTable {
  id: Generated<number>;
  username: string;
  ip: string;
  at: Generated<Date>;
}

export interface FoundationTables {
  schema_migrations: { id: string; applied_at: Generated<Date> };
  app_user: AppUserTable;
  user_session: UserSessionTable;
  audit_log: AuditLogTable;
  idempotency_key: IdempotencyKeyTable;
  login_failure: LoginFailureTable;
}
