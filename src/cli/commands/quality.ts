// hukou quality scan [--format json|text]: every registry-quality check of T12 over the whole register; the JSON
// form is the data-exchange contract ({"findings":[{code,idNumbers,householdNos,detail}]}).
// hukou quality evaluate --ground-truth FILE: precision and recall of the scan against a generator's planted problems.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { toContractFinding } from '../../domain/quality/index.ts';
import { evaluateFindings, parseGroundTruthCsv } from '../../domain/quality/evaluate.ts';
import { runQualityScan } from '../../app/quality/run-scan.ts';
import { CLI_CONTEXT, invalidArgument, printJson, runCommand, withDeps } from '../run.ts';

export function register(program: Command) {
  const quality = program.command('quality').description('户口遗留问题（T12）检查 / registry-quality checks (T12)');
  quality
    .command('scan')
    .description('检查全部户籍数据并更新问题清单 / scan the whole register and refresh the work queue')
    .option('--format <format>', 'json | text', 'text')
    .option('--work-mem <size>', 'PostgreSQL work_mem for the ordered pass', '256MB')
    .action((opts: { format: string; workMem: string }) =>
      runCommand(async () => {
        if (!['json', 'text'].includes(opts.format)) throw invalidArgument('format', '应为 json 或 text');
        const out = await withDeps((deps) =>
          runQualityScan(deps, CLI_CONTEXT, {
            trigger: 'cli',
            ...(deps.database.kind === 'postgres' ? { workMem: opts.workMem } : {}),
            onProgress: (p) => {
              if (opts.format === 'text' && p.phase !== 'persons') process.stderr.write(`… ${p.phase}\n`);
            },
          }),
        );
        if (opts.format === 'json') {
          process.stdout.write(`${JSON.stringify({ findings: out.findings.map(toContractFinding) })}\n`);
          return;
        }
        printJson({ scanId: out.scanId, persons: out.stats.persons, counts: out.counts, created: out.created, closed: out.closed, millis: out.stats.millis });
      }),
    );
  quality
    .command('evaluate')
    .description('以生成数据的埋点问题衡量查准率与查全率 / precision and recall against a ground-truth file')
    .requiredOption('--ground-truth <file>', 'ground-truth.csv written by `hukou generate`')
    .action((opts: { groundTruth: string }) =>
      runCommand(async () => {
        let text: string;
        try {
          text = readFileSync(opts.groundTruth, 'utf8');
        } catch {
          throw invalidArgument('ground-truth', `无法读取文件 ${opts.groundTruth}`);
        }
        const planted = parseGroundTruthCsv(text);
        const out = await withDeps((deps) => runQualityScan(deps, CLI_CONTEXT, { trigger: 'evaluate' }));
        printJson({ persons: out.stats.persons, millis: out.stats.millis, ...evaluateFindings(planted, out.findings) });
      }),
    );
}
