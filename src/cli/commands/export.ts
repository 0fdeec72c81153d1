// hukou export --dir DIR: write the register as the contract's CSV files (the same files import reads).
import type { Command } from 'commander';
import { exportRegister } from '../../app/imports/exchange-files.ts';
import { consoleProgress } from '../progress.ts';
import { printJson, runCommand, withDeps } from '../run.ts';

export function register(program: Command) {
  program
    .command('export')
    .description('导出户籍数据为 CSV 文件 / export the register as CSV files')
    .requiredOption('--dir <dir>', '输出目录 / output directory')
    .action((opts: { dir: string }) =>
      runCommand(() =>
        withDeps(async (deps) => {
          printJson(await exportRegister(deps, { dir: opts.dir, progress: consoleProgress() }));
        }),
      ),
    );
}
