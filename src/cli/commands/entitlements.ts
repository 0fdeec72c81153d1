// hukou entitlements --input CASE.json: a residence-permit holder's status and rights (T11.2).
import type { Command } from 'commander';
import { checkEntitlements } from '../../app/policy/evaluate-eligibility.ts';
import { jsonInputCommand } from './eligibility.ts';

export function register(program: Command) {
  jsonInputCommand(
    program
      .command('entitlements')
      .description('居住证持有人享有的权利 / entitlements of a residence-permit holder'),
    checkEntitlements,
  );
}
