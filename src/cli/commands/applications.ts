// hukou applications …: settlement applications (落户办理) from the terminal, through the same use cases as the
// API. `list` and `show` act as a named staff user (--as), so the role, the jurisdiction and the audit row are
// that user's; `track` is the applicant's public tracking by number + ID number.
import type { Command } from 'commander';
import {
  contextAsUser,
  getApplication,
  resolveApplicationId,
  trackApplication,
  workQueue,
} from '../../app/applications/queries.ts';
import { CLI_CONTEXT, invalidArgument, printJson, runCommand, withDeps } from '../run.ts';

const AS = ['--as <username>', '以哪位工作人员的身份（角色与辖区）/ act as this staff user'] as const;

export function register(program: Command) {
  const applications = program.command('applications').description('落户申请办理 / settlement applications');

  applications
    .command('list')
    .description('待办队列，按办理时限排序 / the work queue, nearest deadline first')
    .requiredOption(...AS)
    .option('--limit <n>', '最多条数 / at most this many', '200')
    .action((o: { as: string; limit: string }) =>
      runCommand(() =>
        withDeps(async (deps) => {
          const limit = Number(o.limit);
          if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
            throw invalidArgument('limit', '应为 1–1000 的整数');
          const ctx = await contextAsUser(deps, o.as, CLI_CONTEXT.requestId);
          printJson({ items: await workQueue(deps, ctx, limit) });
        }),
      ),
    );

  applications
    .command('show')
    .description('申请详情、评估说明与办理记录 / an application with its explanation and history')
    .argument('<ref>', '申请编号（LH…）或编号 id / application number or id')
    .requiredOption(...AS)
    .action((ref: string, o: { as: string }) =>
      runCommand(() =>
        withDeps(async (deps) => {
          const ctx = await contextAsUser(deps, o.as, CLI_CONTEXT.requestId);
          printJson(await getApplication(deps, ctx, await resolveApplicationId(deps, ref)));
        }),
      ),
    );

  applications
    .command('track')
    .description('凭申请编号和身份证号码查询办理进度 / track by application number and ID number')
    .requiredOption('--number <number>', '申请编号 / application number')
    .requiredOption('--id-number <idNumber>', "申请人公民身份号码 / the applicant's ID number")
    .action((o: { number: string; idNumber: string }) =>
      runCommand(() =>
        withDeps(async (deps) =>
          printJson(await trackApplication(deps, { number: o.number, idNumber: o.idNumber })),
        ),
      ),
    );
}
