// hukou export --dir DIR: write the register as the contract's CSV files (the same files import reads).
import type { Command } from 'commander';
import { exportDirectory } from '../../jobs/export/run.ts';
import { consoleProgress } from '../../jobs/progress.ts';
import { printJson, runCommand, withDeps } from '../run.ts';

export function register(program: Command) {
  program
    .command('export')
    .description('导出户籍数据为 CSV 文件 / export the register as CSV files')
    .requiredOption('--dir <dir>', '输出目录 / output directory')
    .action((opts: { dir: string }) =>
      runCommand(() =>
        withDeps(async (deps) => {
          printJson(await exportDirectory(deps.database, { dir: opts.dir, progress: consoleProgress() }));
        }),
      ),
    );
}
