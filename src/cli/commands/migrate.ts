// hukou migrate: apply pending migrations and print what was applied.
import type { Command } from 'commander';
import { migrateDatabase } from '../../app/health/migrate-database.ts';
import { printJson, runCommand, withDeps } from '../run.ts';

export function register(program: Command) {
  program
    .command('migrate')
    .description('执行数据库迁移 / apply pending database migrations')
    .action(() =>
      runCommand(() => withDeps(async (deps) => printJson(await migrateDatabase(deps)), { migrate: false })),
    );
}
