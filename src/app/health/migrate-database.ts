// Use case of the operator: apply pending migrations (`hukou migrate`) and say which were applied.
import { currentMigrationId, migrate } from '../../db/migrate.ts';
import type { AppDeps } from '../context.ts';

export async function migrateDatabase(deps: AppDeps) {
  const applied = await migrate(deps.database);
  return { database: deps.database.kind, applied, current: await currentMigrationId(deps.database) };
}
