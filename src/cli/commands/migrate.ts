// hukou migrate: apply pending migrations and print what was applied.
import type { Command } from 'commander';
import { migrate, currentMigrationId } from '../../db/migrate.ts';
import { printJson, runCommand, withDeps } from '../run.ts';

export function register(program: Command) {
  program
    .command('migrate')
    .description('执行数据库迁移 / apply pending database migrations')
    .action(() =>
      runCommand(() =>
        withDeps(
          async (deps) => {
            const applied = await migrate(deps.database);
            printJson({
              database: deps.database.kind,
              applied,
              current: await currentMigrationId(deps.database),
            });
          },
          { migrate: false },
        ),
      ),
    );
}
