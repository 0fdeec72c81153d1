// One transaction for a use case's whole change: everything `work` writes commits together or not at all. A deadlock
// with a concurrent change rolls the whole attempt back and runs it again (each attempt decides afresh); the
// database's refusals become the domain's errors (a registry rule, a conflict), never a 500.
import type { Transaction } from 'kysely';
import { isDomainError } from '../domain/errors.ts';
import { registryDatabaseError } from '../db/repositories/registry/errors.ts';
import type { DB } from '../db/schema.ts';
import type { AppDeps } from './context.ts';
import { DEADLOCK_RETRIES } from './registry/record-change.ts';

export async function inTransaction<T>(
  deps: AppDeps,
  work: (trx: Transaction<DB>) => Promise<T>,
): Promise<T> {
  for (let tries = 0; ; tries++) {
    try {
      return await deps.database.db.transaction().execute(work);
    } catch (e) {
      if (isDomainError(e)) throw e;
      const retry = (e as { code?: string }).code === '40P01' && tries < DEADLOCK_RETRIES;
      if (!retry) throw registryDatabaseError(e);
    }
  }
}
