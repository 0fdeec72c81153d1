// hukou eligibility settlement | residence-permit --input CASE.json: the decision as JSON on stdout
// (contracts: ../shared/spec/settlement-eligibility.md, residence-permit.md). Bad input: exit 2, stderr only.
import type { Command } from 'commander';
import { evaluateSettlement } from '../../domain/policy/decide.ts';
import { loadParameterSet, loadReformFile, readJsonFile } from '../../policy-data/load.ts';
import { printJson, runCommand } from '../run.ts';

export function register(program: Command) {
  const eligibility = program.command('eligibility').description('资格判断 / eligibility decisions');
  eligibility
    .command('settlement')
    .description('落户资格 / settlement eligibility of one case')
    .requiredOption('--input <file>', '案例 JSON 文件 / the case as a JSON file')
    .option('--reform <file>', '改革参数 YAML / a reform overlay of parameters')
    .option('--explain', '附上每项检查的输入和参数 / add the trace of every check')
    .action((o: { input: string; reform?: string; explain?: boolean }) =>
      runCommand(async () => {
        const set = o.reform ? loadReformFile(o.reform) : loadParameterSet();
        printJson(evaluateSettlement(readJsonFile(o.input), set, { explain: o.explain === true }));
      }),
    );
}
