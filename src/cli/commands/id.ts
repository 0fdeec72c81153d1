// hukou id check NUMBER | id upgrade NUMBER15: citizen ID numbers (GB 11643) from the terminal, no database.
import type { Command } from 'commander';
import { checkIdNumber, upgradeIdNumber } from '../../domain/identity/id-number.ts';
import { invalidArgument, printJson, runCommand } from '../run.ts';

/** Exit status of `id check` for a number that is not valid (the command itself worked). */
const NOT_VALID_EXIT = 1;

export function register(program: Command) {
  const id = program.command('id').description('公民身份号码 / citizen ID numbers');
  id.command('check')
    .description('校验号码并读出出生日期、性别、地址码 / validate a number and read its facts')
    .argument('<number>')
    .action((number: string) =>
      runCommand(async () => {
        const check = checkIdNumber(number);
        const facts = check.facts;
        printJson({
          valid: check.valid,
          ...(check.valid ? {} : { problem: check.problem }),
          birthDate: facts?.birthDate ?? null,
          sex: facts?.sex ?? null,
          divisionCode: facts?.divisionCode ?? null,
          ...(facts?.legacy15 ? { legacy15: true } : {}),
        });
        return check.valid ? 0 : NOT_VALID_EXIT;
      }),
    );
  id.command('upgrade')
    .description('15位旧号码升级为18位 / upgrade a 15-digit number to 18 digits')
    .argument('<number15>')
    .action((number: string) =>
      runCommand(async () => {
        const check = checkIdNumber(number);
        if (!check.valid || !check.facts.legacy15)
          throw invalidArgument('number15', '须为有效的15位公民身份号码');
        process.stdout.write(`${upgradeIdNumber(check.facts.idNumber)}\n`);
      }),
    );
}
