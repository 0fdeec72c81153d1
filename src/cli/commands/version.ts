// hukou version: the software version, the policy it implements and the latest migration it carries.
import type { Command } from 'commander';
import { showVersion } from '../../app/health/show-version.ts';
import { printJson } from '../run.ts';

export function register(program: Command) {
  program
    .command('version')
    .description('版本 / version')
    .action(() => printJson(showVersion()));
}
