// hukou eligibility settlement | residence-permit --input CASE.json: the decision as JSON on stdout
// (contracts: ../shared/spec/settlement-eligibility.md, residence-permit.md). Bad input: exit 2, stderr only.
import type { Command } from 'commander';
import type { PolicyOnly } from '../../app/context.ts';
import { checkResidencePermit, checkSettlement } from '../../app/policy/evaluate-eligibility.ts';
import { parametersFromFile } from '../../app/policy/reforms.ts';
import { policyDeps } from '../../server.ts';
import { readJsonFile } from '../read-json.ts';
import { printJson, runCommand } from '../run.ts';

interface JsonInputOptions {
  input: string;
  reform?: string;
  explain?: boolean;
}

/**
 * A command that reads one JSON input, decides it under the plan (or a reform file overlaid on it: the use case
 * then sees the reformed parameters as its policy) and prints the result.
 */
export function jsonInputCommand(
  cmd: Command,
  evaluate: (deps: PolicyOnly, input: unknown, o: JsonInputOptions) => unknown,
): Command {
  return cmd
    .requiredOption('--input <file>', '输入 JSON 文件 / the input as a JSON file')
    .option('--reform <file>', '改革参数 YAML / a reform overlay of parameters')
    .action((o: JsonInputOptions) =>
      runCommand(async () => {
        const plan = policyDeps();
        const deps = { policy: { ...plan.policy, parameters: parametersFromFile(plan, o.reform) } };
        printJson(evaluate(deps, readJsonFile(o.input), o));
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
    (deps, input, o) => checkSettlement(deps, input, { explain: o.explain === true }),
  );
  jsonInputCommand(
    eligibility.command('residence-permit').description('居住证申领资格 / residence-permit eligibility'),
    checkResidencePermit,
  );
}
