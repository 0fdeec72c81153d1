// hukou registry …: the household register from the terminal. Changes take the same JSON bodies as the API
// (one schema per command); the operator acts as a local administrator and every change is audited.
import { momentOf, registryAsOf } from '../../app/registry/registry-as-of.ts';
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { recordChange } from '../../app/registry/record-change.ts';
import {
  lookupByIdNumber,
  readHousehold,
  readPerson,
  searchRegistry,
} from '../../app/registry/read-registry.ts';
import { seedDivisions } from '../../app/registry/seed-divisions.ts';
import { COMMAND_SCHEMAS, type CommandName } from '../../domain/registry/commands.ts';
import { CLI_CONTEXT, invalidArgument, printJson, runCommand, withDeps } from '../run.ts';

function readJson(arg: string): unknown {
  const text =
    arg === '-' ? readFileSync(0, 'utf8') : arg.startsWith('@') ? readFileSync(arg.slice(1), 'utf8') : arg;
  try {
    return JSON.parse(text);
  } catch {
    throw invalidArgument('json', '不是合法的 JSON');
  }
}

export function register(program: Command) {
  const registry = program.command('registry').description('户籍登记 / the household register');

  registry
    .command('record')
    .description(`记录一项登记业务 / record a change: ${Object.keys(COMMAND_SCHEMAS).join(' | ')}`)
    .argument('<command>', 'e.g. register-birth')
    .argument('<json>', 'JSON body, @file, or - for stdin')
    .action((command: string, json: string) =>
      runCommand(() =>
        withDeps(async (deps) => {
          if (!Object.hasOwn(COMMAND_SCHEMAS, command))
            throw invalidArgument('command', `未知业务：${command}`);
          printJson(await recordChange(deps, CLI_CONTEXT, command as CommandName, readJson(json)));
        }),
      ),
    );

  registry
    .command('lookup')
    .description('按公民身份号码查询 / look up by ID number')
    .argument('<idNumber>')
    .action((idNumber: string) =>
      runCommand(() =>
        withDeps(async (deps) => printJson(await lookupByIdNumber(deps, CLI_CONTEXT, idNumber))),
      ),
    );

  registry
    .command('search')
    .description('按号码、姓名或拼音查找 / search by ID number, name or pinyin')
    .argument('<query>')
    .action((q: string) =>
      runCommand(() => withDeps(async (deps) => printJson(await searchRegistry(deps, CLI_CONTEXT, q)))),
    );

  registry
    .command('history')
    .description('户口档案 / history of a person or a household')
    .option('--person <personId>')
    .option('--household <householdId>')
    .action((o: { person?: string; household?: string }) =>
      runCommand(() =>
        withDeps(async (deps) => {
          if (o.person) return printJson(await readPerson(deps, CLI_CONTEXT, o.person));
          if (o.household) return printJson(await readHousehold(deps, CLI_CONTEXT, o.household));
          throw invalidArgument('person', '须指定 --person 或 --household');
        }),
      ),
    );

  registry
    .command('as-of')
    .description(
      '某一时刻的登记状态（基线 + 事件） / the register as it stood at a moment (baseline + events)',
    )
    .argument('<time>', '日期（当日结束时）或 ISO 时间 / a day (its end in 昭通) or an ISO timestamp')
    .option('--county <code>', '6-digit county code')
    .action((time: string, o: { county?: string }) =>
      runCommand(() =>
        withDeps(async (deps) => {
          const at = momentOf(time);
          const state = await registryAsOf(deps, at, o.county);
          printJson({ at: at.toISOString(), ...state });
        }),
      ),
    );

  registry
    .command('divisions-generate')
    .description(
      '生成演示用村（居）委会区划（仅在表为空时）/ generate village and community units when none are loaded',
    )
    .action(() => runCommand(() => withDeps(async (deps) => printJson(await seedDivisions(deps)))));
}
