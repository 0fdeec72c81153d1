// hukou permits …: residence permits from the terminal, through the same use cases as the API. `due` and `show`
// act as a named staff user (--as: their role, jurisdiction and audit row); `sweep` runs the daily job now (the
// server runs it by itself every rp.sweepMinutes).
import type { Command } from 'commander';
import { contextAsUser } from '../../app/applications/queries.ts';
import { permitsDue } from '../../app/residence/due-list.ts';
import { permitView } from '../../app/residence/queries.ts';
import { sweepLapsedPermits } from '../../app/residence/sweep.ts';
import { CLI_CONTEXT, printJson, runCommand, withDeps } from '../run.ts';

const AS = ['--as <username>', '以哪位工作人员的身份（角色与辖区）/ act as this staff user'] as const;

export function register(program: Command) {
  const permits = program.command('permits').description('居住证 / residence permits');

  permits
    .command('due')
    .description('待签注（未来若干日）与逾期未签注的居住证 / permits due for endorsement and overdue')
    .requiredOption(...AS)
    .option('--division <code>', '派出所（9位）、县（6位）或全市（4位）/ station, county or city')
    .option('--days <n>', '未来天数，默认 rp.dueListDays / days ahead')
    .action((o: { as: string; division?: string; days?: string }) =>
      runCommand(() =>
        withDeps(async (deps) => {
          const ctx = await contextAsUser(deps, o.as, CLI_CONTEXT.requestId);
          printJson(await permitsDue(deps, ctx, { division: o.division, days: o.days }));
        }),
      ),
    );

  permits
    .command('show')
    .description('居住证、持证人权益与办理记录 / a permit with its entitlements and history')
    .argument('<id>', '居住证 id / permit id')
    .requiredOption(...AS)
    .action((id: string, o: { as: string }) =>
      runCommand(() =>
        withDeps(async (deps) => {
          const ctx = await contextAsUser(deps, o.as, CLI_CONTEXT.requestId);
          printJson(await permitView(deps, ctx, id));
        }),
      ),
    );

  permits
    .command('sweep')
    .description(
      '逾期未签注的居住证暂停使用（每日任务）/ suspend permits not endorsed in time (the daily job)',
    )
    .action(() =>
      runCommand(() =>
        withDeps(async (deps) => printJson(await sweepLapsedPermits(deps, CLI_CONTEXT.requestId))),
      ),
    );
}
