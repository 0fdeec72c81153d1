// hukou eligibility settlement | residence-permit --input CASE.json: the decision as JSON on stdout
// (contracts: ../shared/spec/settlement-eligibility.md, residence-permit.md). Bad input: exit 2, stderr only.
import type { Command } from 'commander';
import { evaluatePermitApplication } from '../../domain/permits/eligibility.ts';
import type { ParameterSet } from '../../domain/policy/parameters.ts';
import { evaluateSettlement } from '../../domain/policy/decide.ts';
import { loadParameterSet, loadReformFile, readJsonFile } from '../../policy-data/load.ts';
import { printJson, runCommand } from '../run.ts';

interface JsonInputOptions {
  input: string;
  reform?: string;
  explain?: boolean;
}

/** A command that reads one JSON input, decides it under the plan (or a reform) and prints the result. */
export function jsonInputCommand(
  cmd: Command,
  evaluate: (input: unknown, set: ParameterSet, o: JsonInputOptions) => unknown,
): Command {
  return cmd
    .requiredOption('--input <file>', '输入 JSON 文件 / the input as a JSON file')
    .option('--reform <file>', '改革参数 YAML / a reform overlay of parameters')
    .action((o: JsonInputOptions) =>
      runCommand(async () => {
        const set = o.reform ? loadReformFile(o.reform) : loadParameterSet();
        printJson(evaluate(readJsonFile(o.input), set, o));
      }),
    );
}

export function register(program: Command) {
  const eligibility = program.command('eligibility').description('资格判断 / eligibility decisions');
  jsonInputCommand(
    eligibility
      .command('settlement')
      .description('落户资格 / settlement eligibility of one case')
      .option('--explain', '附上每项检查的输入和参数 / add the trace of every check'),
    (input, set, o) => evaluateSettlement(input, set, { explain: o.explain === true }),
  );
  jsonInputCommand(
    eligibility.command('residence-permit').description('居住证申领资格 / residence-permit eligibility'),
    evaluatePermitApplication,
  );
}
