// hukou generate: write a synthetic 昭通 (spec/data-exchange.md files + ground-truth.csv of planted problems).
import type { Command } from 'commander';
import { generateCityFiles } from '../../app/imports/exchange-files.ts';
import { consoleProgress } from '../progress.ts';
import { PROBLEM_CODES, type ProblemCode } from '../../domain/synthetic/problems.ts';
import { DEFAULT_AS_OF } from '../../domain/synthetic/parameters.ts';
import { invalidArgument, printJson, runCommand } from '../run.ts';

function parseRates(text: string | undefined): Partial<Record<ProblemCode, number>> {
  const rates: Partial<Record<ProblemCode, number>> = {};
  for (const part of (text ?? '').split(',').filter(Boolean)) {
    const [code, value] = part.split('=');
    if (!PROBLEM_CODES.includes(code as ProblemCode))
      throw invalidArgument('--rates', `未知的问题代码 ${code}；可用：${PROBLEM_CODES.join(', ')}`);
    const n = Number(value);
    if (!(n >= 0 && n <= 0.1)) throw invalidArgument('--rates', `${code} 的比率应在 0 到 0.1 之间`);
    rates[code as ProblemCode] = n;
  }
  return rates;
}

export function register(program: Command) {
  program
    .command('generate')
    .description('生成合成的昭通市户籍数据 / generate a synthetic city as CSV files')
    .requiredOption('--persons <n>', '在册人数 / active persons')
    .requiredOption('--out <dir>', '输出目录 / output directory')
    .option('--seed <seed>', '随机种子：同一种子得到同样的文件 / seed', '2017')
    .option('--as-of <date>', '数据截止日期 / as-of date', DEFAULT_AS_OF)
    .option(
      '--problem-rate <rate>',
      '每类质量问题的默认比率 / default rate of each planted problem',
      '0.0005',
    )
    .option('--rates <list>', '按代码设定比率，如 sex-mismatch=0.001,legacy-15-digit=0 / per-code rates')
    .action(
      (opts: {
        persons: string;
        out: string;
        seed: string;
        asOf: string;
        problemRate: string;
        rates?: string;
      }) =>
        runCommand(async () => {
          const persons = Number(opts.persons);
          if (!Number.isInteger(persons) || persons < 1 || persons > 20_000_000)
            throw invalidArgument('--persons', '应为 1 到 20000000 之间的整数');
          if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.asOf))
            throw invalidArgument('--as-of', '日期格式应为 YYYY-MM-DD');
          const all = Number(opts.problemRate);
          if (!(all >= 0 && all <= 0.1)) throw invalidArgument('--problem-rate', '应在 0 到 0.1 之间');
          const specific = parseRates(opts.rates);
          const rates = Object.fromEntries(PROBLEM_CODES.map((c) => [c, specific[c] ?? all]));
          const result = await generateCityFiles({
            persons,
            seed: opts.seed,
            asOf: opts.asOf,
            rates,
            dir: opts.out,
            progress: consoleProgress(),
          });
          printJson(result);
        }),
    );
}
