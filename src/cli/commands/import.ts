// hukou import --dir DIR [--skip-invalid] [--ignore-extra]: load the contract's CSV files (spec/data-exchange.md).
// Each bad row is printed on stderr as file:line: column: reason; any bad row without --skip-invalid ends non-zero
// with nothing landed. Progress: a bar on a terminal, plain lines otherwise.
import type { Command } from 'commander';
import { importRegister } from '../../app/imports/exchange-files.ts';
import { consoleProgress } from '../progress.ts';
import { invalidArgument, printJson, runCommand, withDeps } from '../run.ts';
import { endOfDay } from '../../domain/statistics/as-of.ts';

function parseBaseline(text: string): Date {
  const at = /^\d{4}-\d{2}-\d{2}$/.test(text) ? endOfDay(text) : new Date(text);
  if (Number.isNaN(at.getTime())) throw invalidArgument('baseline', '不是有效日期 / not a date');
  return at;
}

export function register(program: Command) {
  program
    .command('import')
    .description('导入户籍数据 CSV 文件 / import the register from CSV files')
    .requiredOption(
      '--dir <dir>',
      '文件所在目录 / directory with divisions.csv, households.csv, persons.csv …',
    )
    .option(
      '--skip-invalid',
      '跳过错误行并写入 rejects.csv / land the good rows, write the bad ones to rejects.csv',
    )
    .option('--ignore-extra', '忽略多余的列 / ignore extra columns')
    .option(
      '--baseline <date>',
      '数据截至日期（旧系统导出之日），户籍档案自此开始 / the day the files stand for; timelines start there (default: now)',
    )
    .action((opts: { dir: string; skipInvalid?: boolean; ignoreExtra?: boolean; baseline?: string }) =>
      runCommand(() =>
        withDeps(async (deps) => {
          const baseline = opts.baseline === undefined ? undefined : parseBaseline(opts.baseline);
          const result = await importRegister(deps, {
            baseline,
            dir: opts.dir,
            skipInvalid: opts.skipInvalid ?? false,
            ignoreExtra: opts.ignoreExtra ?? false,
            actor: 'cli',
            progress: consoleProgress(),
            onReject: (m) => process.stderr.write(`${m}\n`),
          });
          printJson(result);
          if (result.status === 'failed') {
            process.stderr.write(
              `错误 / error: ${result.counts.rejected} 行无法导入，未写入任何数据（可用 --skip-invalid 跳过） / ${result.counts.rejected} bad rows, nothing imported\n`,
            );
            return 2;
          }
          return 0;
        }),
      ),
    );
}
