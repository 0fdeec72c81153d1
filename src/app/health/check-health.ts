// Use case: is the server up, on which database, at which migration (GET /api/health, monitoring).
import { currentMigrationId } from '../../db/migrate.ts';
import type { AppDeps } from '../context.ts';

export async function checkHealth(deps: AppDeps) {
  return {
    status: 'ok' as const,
    database: deps.database.kind,
    migration: await currentMigrationId(deps.database),
  };
}
