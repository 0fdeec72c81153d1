// Forced failures for tests: the database itself refuses a chosen statement, as a full disk or a lost connection
// would, so a test reaches the real code path up to its last step and no production code carries a test seam. Installed
// as the owner (the application's role may not create triggers) and removed by the returned function.
import { sql } from 'kysely';
import type { Database } from '../../src/db/connection.ts';

/** SQLSTATE of an injected failure: no code the application maps, so it surfaces as the unexpected error it is. */
export const INJECTED = 'HKT01';

let installed = 0;

/** Make every insert into audit_log whose action is `action` fail, until the returned remover runs. */
export async function failAuditWrites(database: Database, action: string): Promise<() => Promise<void>> {
  const name = `test_fail_audit_${++installed}`;
  await database.asOwner(async (owner) => {
    await sql
      .raw(
        `create function ${name}() returns trigger language plpgsql as $$
         begin
           if new.action = ${`'${action.replace(/'/g, "''")}'`} then
             raise exception 'injected failure of the audit row %', new.action using errcode = '${INJECTED}';
           end if;
           return new;
         end $$`,
      )
      .execute(owner.db);
    await sql
      .raw(`create trigger ${name} before insert on audit_log for each row execute function ${name}()`)
      .execute(owner.db);
  });
  return () =>
    database.asOwner(async (owner) => {
      await sql.raw(`drop trigger ${name} on audit_log`).execute(owner.db);
      await sql.raw(`drop function ${name}()`).execute(owner.db);
    });
}
