// The application's database role (issue 13, migration 0602): hukou_app owns nothing and may not alter, truncate or
// disable triggers of any table, nor update or delete the append-only ones.
//   PostgreSQL: the application connects as a LOGIN role that is a member of hukou_app (DATABASE_URL); migrations
//   and the import's owner steps use HUKOU_MIGRATION_DATABASE_URL. A connection that is a superuser or owns the
//   tables is refused in production and warned about in development (SET ROLE from such a session is no barrier:
//   the session could RESET ROLE).
//   PGlite: one session, its own superuser; ordinary work runs after SET ROLE hukou_app so privileges behave as on a
//   server, owner's work through Database.asOwner.
import { sql } from 'kysely';
import type { PGlite, Results } from '@electric-sql/pglite';
import type { Database } from './connection.ts';

export const APP_ROLE = 'hukou_app';

/** PGlite: from now on the session works as hukou_app (call after migrations). */
export async function enterAppRole(database: Database): Promise<void> {
  if (database.native.kind === 'pglite') await database.native.client.query(`set role ${APP_ROLE}`);
}

/** Why the application's PostgreSQL connection is too strong, or null when it is as it should be. */
export async function appConnectionProblem(database: Database): Promise<string | null> {
  if (database.kind !== 'postgres') return null;
  const r = await sql<{ who: string; superuser: boolean; owns: boolean }>`
    select current_user as who, r.rolsuper as superuser,
      pg_has_role(current_user, c.relowner, 'MEMBER') as owns
    from pg_roles r, pg_class c where r.rolname = current_user and c.oid = 'audit_log'::regclass`.execute(
    database.db,
  );
  const row = r.rows[0];
  if (!row) return null;
  if (row.superuser) return `the application's database role ${row.who} is a superuser`;
  if (row.owns) return `the application's database role ${row.who} owns the tables`;
  return null;
}

/** Refuse (production) or warn about (development) an application connection that could rewrite the audit. */
export async function checkAppConnection(
  database: Database,
  production: boolean,
  warn: (m: string) => void,
): Promise<void> {
  const problem = await appConnectionProblem(database);
  if (!problem) return;
  const advice = `connect DATABASE_URL as a LOGIN role granted ${APP_ROLE} and give the owner's URL in HUKOU_MIGRATION_DATABASE_URL`;
  if (production) throw new Error(`${problem}: refused with NODE_ENV=production; ${advice}`);
  warn(`${problem}: it could disable the audit triggers; ${advice}`);
}

/**
 * PGlite: a COPY … TO '/dev/blob' (PGlite's way out for COPY text) writes a server file, a superuser's act; it runs in
 * a short transaction as the session's own user (SET LOCAL ROLE NONE), which holds the one session, so nothing else
 * runs with that role meanwhile.
 */
export function copyToPgliteBlob(client: PGlite, copy: string): Promise<Results> {
  return client.transaction(async (tx) => {
    await tx.query('set local role none');
    return tx.query(copy);
  });
}
