// hukou stats project [--reform FILE] [--format json|csv]: the projection of T1 (issue 16) — the settlement policy,
// today's or a reform file's, applied to the persons living apart from their hukou and the permit holders —
// JSON (or the county table as CSV) on stdout, a progress bar on stderr. The lead's `stats` command adds it.
import type { Command } from 'commander';
import { projectUrbanizationWithFile } from '../../app/statistics/project-urbanization.ts';
import { projectionTable } from '../../domain/statistics/projection-table.ts';
import { csvLine } from '../../jobs/csv/writer.ts';
import { consoleProgress } from '../progress.ts';
import { CLI_CONTEXT, invalidArgument, printJson, runCommand, withDeps } from '../run.ts';

const FORMATS = ['json', 'csv'] as const;

export function addProjectCommand(stats: Command): Command {
  stats
    .command('project')
    .description(
      '政策推演：现有人户分离人员和居住证持有人按政策落户后的户籍城镇化率（第1条） / T1 projection',
    )
    .option(
      '--reform <file>',
      '改革参数 YAML（缺省为现行参数） / reform overlay (default: today’s parameters)',
    )
    .option('--format <format>', 'json | csv（缺省 json）')
    .action((o: { reform?: string; format?: string }) =>
      runCommand(async () => {
        const format = o.format ?? 'json';
        if (!(FORMATS as readonly string[]).includes(format))
          throw invalidArgument('format', `应为 json 或 csv / expected json | csv, got ${format}`);
        const result = await withDeps((deps) =>
          projectUrbanizationWithFile(deps, CLI_CONTEXT, o.reform, consoleProgress()),
        );
        if (format === 'json') printJson(result);
        else process.stdout.write(projectionTable(result).map(csvLine).join(''));
      }),
    );
  return stats;
}
