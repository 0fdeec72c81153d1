// hukou supervision …: the reform-supervision board and its exported report (issue 19; W2) from the terminal,
// through the same use cases as the API, acting as a named staff user (--as) so the rules and the audit are theirs.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { contextAsUser } from '../../app/applications/queries.ts';
import { listTasks } from '../../app/supervision/board.ts';
import { exportSupervisionReport } from '../../app/supervision/export-report.ts';
import { CLI_CONTEXT, printJson, runCommand, withDeps } from '../run.ts';

const AS = ['--as <username>', '以哪位工作人员的身份 / act as this staff user'] as const;

export function register(program: Command) {
  const supervision = program.command('supervision').description('改革任务督查 / reform supervision');

  supervision
    .command('tasks')
    .description('20 项任务的单位、期限、进度与状态 / the tasks with units, due dates, progress and status')
    .requiredOption(...AS)
    .option('--as-of <date>', '按某日查看（YYYY-MM-DD） / as of a day')
    .action((o: { as: string; asOf?: string }) =>
      runCommand(() =>
        withDeps(async (deps) => {
          const ctx = await contextAsUser(deps, o.as, CLI_CONTEXT.requestId);
          printJson(await listTasks(deps, ctx, o.asOf ? { asOf: o.asOf } : {}));
        }),
      ),
    );

  supervision
    .command('export')
    .description('导出督查报告 / write the supervision report for a period (PDF or XLSX)')
    .requiredOption(...AS)
    .requiredOption('--from <date>', '开始日期 / first day')
    .requiredOption('--to <date>', '结束日期 / last day')
    .requiredOption('--format <format>', 'pdf | xlsx')
    .requiredOption('--out <file>', '输出文件 / output file')
    .action((o: { as: string; from: string; to: string; format: string; out: string }) =>
      runCommand(() =>
        withDeps(async (deps) => {
          const ctx = await contextAsUser(deps, o.as, CLI_CONTEXT.requestId);
          const file = await exportSupervisionReport(deps, ctx, { from: o.from, to: o.to, format: o.format });
          writeFileSync(o.out, file.body);
          printJson({ file: o.out, bytes: file.body.length, type: file.type });
        }),
      ),
    );
}
