// hukou simulate --reform FILE [--size N] [--seed S] [--as-of DATE]: baseline and reform counts per county
// over a seeded synthetic population (JSON on stdout, progress on stderr).
import type { Command } from 'commander';
import { simulateReformFile } from '../../app/simulations/simulate-reform.ts';
import { DomainError } from '../../domain/errors.ts';
import { isIsoDate } from '../../domain/policy/dates.ts';
import { consoleProgress } from '../progress.ts';
import { policyDeps } from '../../server.ts';
import { printJson, runCommand } from '../run.ts';

export const MAX_SIMULATION_SIZE = 10_000_000;

export function simulationOptions(o: { size?: string; seed?: string; asOf?: string }) {
  const issues = [];
  const size = Number(o.size ?? 1_000_000);
  const seed = Number(o.seed ?? 20170310);
  const asOf = o.asOf ?? '2017-06-01';
  if (!Number.isInteger(size) || size < 1 || size > MAX_SIMULATION_SIZE)
    issues.push({
      path: 'size',
      message: `应为 1 到 ${MAX_SIMULATION_SIZE} 的整数 / expected an integer 1..${MAX_SIMULATION_SIZE}`,
    });
  if (!Number.isInteger(seed)) issues.push({ path: 'seed', message: '应为整数 / expected an integer' });
  if (!isIsoDate(asOf)) issues.push({ path: 'asOf', message: '不是有效日期 / not a date' });
  if (issues.length) throw DomainError.invalid(issues);
  return { size, seed, asOf };
}

export function register(program: Command) {
  program
    .command('simulate')
    .description('改革模拟：基准与改革后各县结果 / what-if: baseline and reform counts per county')
    .requiredOption('--reform <file>', '改革参数 YAML / reform overlay')
    .option('--size <n>', '合成人口规模 / synthetic cases (default 1000000)')
    .option('--seed <n>', '随机种子 / seed (default 20170310)')
    .option('--as-of <date>', '判断日期 / decision date (default 2017-06-01)')
    .action((o: { reform: string; size?: string; seed?: string; asOf?: string }) =>
      runCommand(async () => {
        const opts = simulationOptions(o);
        const progress = consoleProgress();
        progress.start('simulate', opts.size * 3);
        const result = await simulateReformFile(policyDeps(), o.reform, opts, (done) =>
          progress.update(done),
        );
        progress.stop();
        printJson(result);
      }),
    );
}
