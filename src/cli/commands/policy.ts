// hukou policy test | clauses | parameters: the plan as data, checked by its YAML tests.
import type { Command } from 'commander';
import { runPlanTests } from '../../app/policy/run-policy-tests.ts';
import { CLAUSES } from '../../domain/policy/clauses.ts';
import { policyDeps } from '../../server.ts';
import { printJson, runCommand } from '../run.ts';

function runTests(json: boolean): number {
  const report = runPlanTests(policyDeps());
  if (json) {
    printJson({
      passed: report.passed,
      results: report.results.map(({ decision: _d, ...r }) => r),
      coverage: report.coverage,
      codes: report.codes,
    });
    return report.passed ? 0 : 1;
  }
  const out: string[] = [];
  for (const r of report.results) {
    out.push(
      `${r.passed ? 'ok  ' : 'FAIL'} ${r.file}: ${r.name}${r.problems.length ? `\n       ${r.problems.join('\n       ')}` : ''}`,
    );
  }
  out.push('', 'coverage per clause (tests with a reason of the clause; all met / some unmet):');
  out.push('clause  tests  met  unmet  rule');
  for (const c of report.coverage) {
    out.push(
      `${c.ok ? ' ' : '!'}${c.clause.padEnd(7)}${String(c.tests).padStart(5)}${String(c.met).padStart(5)}${String(c.unmet).padStart(7)}  ${c.rule ?? 'NO RULE'}`,
    );
  }
  const missing = report.codes.filter((c) => !c.ok);
  if (missing.length) {
    out.push('', 'reason codes not covered on both sides (met / unmet):');
    for (const c of missing)
      out.push(`! ${c.code} (${c.clause ?? 'never seen'}) met ${c.met}, unmet ${c.unmet}`);
  }
  const failed = report.results.filter((r) => !r.passed).length;
  out.push(
    '',
    `${report.results.length - failed} passed, ${failed} failed; ${report.codes.length - missing.length}/${report.codes.length} reason codes covered; ${report.passed ? 'PASS' : 'FAIL'}`,
  );
  process.stdout.write(`${out.join('\n')}\n`);
  return report.passed ? 0 : 1;
}

export function register(program: Command) {
  const policy = program
    .command('policy')
    .description('政策引擎 / the policy engine: clauses, parameters, tests');
  policy
    .command('test')
    .description(
      '运行 policy/tests/*.yaml 并报告每条条款的覆盖 / run the YAML policy tests with coverage per clause',
    )
    .option('--json', 'JSON report')
    .action((o: { json?: boolean }) => runCommand(async () => runTests(o.json === true)));
  policy
    .command('clauses')
    .description('条款登记表 / the clause registry')
    .option('--original', '包括繁体原文 / include the traditional original text')
    .action((o: { original?: boolean }) =>
      runCommand(async () =>
        printJson(o.original ? CLAUSES : CLAUSES.map(({ textOriginal: _t, ...c }) => c)),
      ),
    );
  policy
    .command('parameters')
    .description('政策参数（含改革） / the parameter set')
    .action(() => runCommand(async () => printJson(policyDeps().policy.parameters)));
}
