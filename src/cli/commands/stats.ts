// hukou stats [--as-of DATE] [--scope CODE] [--format json|csv|xlsx] [--out FILE]: the population statistics of a
// day (issue 16) — JSON on stdout by default (the city's figures with its counties), CSV on stdout, XLSX to a file.
// Counted from the register for the day (never an older snapshot); `stats refresh` stores today's for the server.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { statsCsv, statsXlsx } from '../../app/statistics/export-stats.ts';
import { dayOf, refreshFigures } from '../../app/statistics/figures.ts';
import { statsReport } from '../../app/statistics/read-stats.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { statsQuery } from '../../domain/statistics/schema.ts';
import { invalidArgument, printJson, runCommand, withDeps } from '../run.ts';

interface Options {
  asOf?: string;
  scope?: string;
  format?: string;
  out?: string;
}

export function register(program: Command) {
  const stats = program
    .command('stats')
    .description('人口统计：户籍、常住、城镇化率 / population statistics as of a day')
    .option('--as-of <date>', '统计日（YYYY-MM-DD，默认今天） / the day (default today)')
    .option('--scope <code>', '5306、县级（6位）或乡级（9位）代码 / city, county or town code')
    .option('--format <format>', 'json | csv | xlsx', 'json')
    .option('--out <file>', '输出文件（xlsx 必须） / output file (required for xlsx)')
    .action((o: Options) =>
      runCommand(() =>
        withDeps(async (deps) => {
          const q = parseOrThrow(statsQuery, { asOf: o.asOf, scope: o.scope });
          if (o.format === 'json') return printJson(await statsReport(deps, q));
          if (o.format === 'csv') {
            const csv = await statsCsv(deps, q);
            if (o.out) writeFileSync(o.out, csv);
            else process.stdout.write(csv);
            return;
          }
          if (o.format !== 'xlsx') throw invalidArgument('format', '应为 json、csv 或 xlsx');
          if (!o.out) throw invalidArgument('out', 'xlsx 须指定 --out 文件');
          const body = await statsXlsx(deps, q);
          writeFileSync(o.out, body);
          printJson({ file: o.out, bytes: body.length });
        }),
      ),
    );

  stats
    .command('refresh')
    .description('重算并保存今天（或指定日）的统计快照 / count and store the figures of today (or a day)')
    .option('--as-of <date>', '统计日 / the day')
    .action((o: { asOf?: string }) =>
      runCommand(() =>
        withDeps(async (deps) => {
          const day = dayOf(deps, parseOrThrow(statsQuery, { asOf: o.asOf }).asOf);
          const t0 = Date.now();
          const f = await refreshFigures(deps, day);
          printJson({ asOf: day, at: f.at.toISOString(), seconds: (Date.now() - t0) / 1000 });
        }),
      ),
    );
}
