// hukou version: the software version, the policy it implements and the latest migration it carries.
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { latestMigrationId } from '../../db/migrate.ts';
import { printJson } from '../run.ts';

export function register(program: Command) {
  program
    .command('version')
    .description('版本 / version')
    .action(() => {
      const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
        version: string;
      };
      printJson({ hukou: pkg.version, node: process.version, migration: latestMigrationId() });
    });
}
