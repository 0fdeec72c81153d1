// hukou quality scan [--format json|text]: every registry-quality check of T12 over the whole register; the JSON
// form is the data-exchange contract ({"findings":[{code,idNumbers,householdNos,detail}]}).
// hukou quality evaluate --ground-truth FILE: precision and recall of the scan against a generator's planted problems.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { consoleProgress } from '../progress.ts';
import { toContractFinding } from '../../domain/quality/index.ts';
import { evaluateFindings, parseGroundTruthCsv } from '../../domain/quality/evaluate.ts';
import { runQualityScan } from '../../app/quality/run-scan.ts';
import { reconcile, receiveFeed } from '../../app/quality/feeds.ts';
import { watchRegistryEvents } from '../../app/quality/check-new-persons.ts';
import { parseCsv } from '../../domain/quality/evaluate.ts';
import { CLI_CONTEXT, invalidArgument, printJson, runCommand, withDeps } from '../run.ts';

export function register(program: Command) {
  const quality = program
    .command('quality')
    .description('户口遗留问题（T12）检查 / registry-quality checks (T12)');
  quality
    .command('scan')
    .description('检查全部户籍数据并更新问题清单 / scan the whole register and refresh the work queue')
    .option('--format <format>', 'json | text', 'text')
    .option('--work-mem <size>', 'PostgreSQL work_mem for the set-based checks (heads)', '256MB')
    .action((opts: { format: string; workMem: string }) =>
      runCommand(async () => {
        if (!['json', 'text'].includes(opts.format)) throw invalidArgument('format', '应为 json 或 text');
        // A bar while the persons are read (on stderr: stdout stays the contract's JSON), then one line per phase.
        const bar = consoleProgress();
        let phase = '';
        const out = await withDeps((deps) =>
          runQualityScan(deps, CLI_CONTEXT, {
            trigger: 'cli',
            ...(deps.database.kind === 'postgres' ? { workMem: opts.workMem } : {}),
            onProgress: (p) => {
              if (p.phase === 'persons') {
                if (phase !== 'persons') bar.start('检查人员 / persons', p.total);
                bar.update(p.persons);
              } else if (p.phase !== phase) {
                if (phase === 'persons') bar.stop();
                process.stderr.write(`… ${p.phase}\n`);
              }
              phase = p.phase;
            },
          }),
        );
        if (opts.format === 'json') {
          process.stdout.write(`${JSON.stringify({ findings: out.findings.map(toContractFinding) })}\n`);
          return;
        }
        printJson({
          scanId: out.scanId,
          persons: out.stats.persons,
          counts: out.counts,
          created: out.created,
          closed: out.closed,
          millis: out.stats.millis,
        });
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
        printJson({
          persons: out.stats.persons,
          millis: out.stats.millis,
          ...evaluateFindings(planted, out.findings),
        });
      }),
    );
  quality
    .command('feed')
    .description('导入部门推送的死亡或入伍名单并立即比对 / load a deaths or enlistments CSV and reconcile it')
    .requiredOption('--kind <kind>', 'deaths | enlistments')
    .requiredOption(
      '--file <file>',
      'deaths.csv (id_number,name,death_date) or enlistments.csv (id_number,name,enlisted_on)',
    )
    .action((opts: { kind: string; file: string }) =>
      runCommand(async () => {
        if (opts.kind !== 'deaths' && opts.kind !== 'enlistments')
          throw invalidArgument('kind', '应为 deaths 或 enlistments');
        let text: string;
        try {
          text = readFileSync(opts.file, 'utf8');
        } catch {
          throw invalidArgument('file', `无法读取文件 ${opts.file}`);
        }
        const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
        const dateColumn = opts.kind === 'deaths' ? 'death_date' : 'enlisted_on';
        const at = (c: string) => header!.indexOf(c);
        if (at('id_number') < 0 || at('name') < 0 || at(dateColumn) < 0)
          throw invalidArgument('file', `表头须含 id_number, name, ${dateColumn}`);
        const records = rows.map((r) => ({
          idNumber: r[at('id_number')] ?? '',
          name: r[at('name')] ?? '',
          date: r[at(dateColumn)] ?? '',
        }));
        const kind = opts.kind;
        const out = await withDeps(async (deps) => {
          let received = 0;
          let findings = 0;
          for (let i = 0; i < records.length; i += 10_000) {
            const r = await receiveFeed(
              deps,
              CLI_CONTEXT,
              kind,
              { records: records.slice(i, i + 10_000) },
              `file:${opts.file}`,
            );
            received += r.received;
            findings += r.findings;
          }
          return { received, findings };
        });
        printJson(out);
      }),
    );
  quality
    .command('reconcile')
    .description(
      '定期比对：全部死亡、入伍名单对照在册人员 / periodic reconciliation of every stored feed record',
    )
    .action(() =>
      runCommand(async () => {
        const out = await withDeps(async (deps) => {
          const deaths = await reconcile(deps, 'deaths');
          const enlistments = await reconcile(deps, 'enlistments');
          return {
            deaths: { findings: deaths.findings, created: deaths.created },
            enlistments: { findings: enlistments.findings, created: enlistments.created },
          };
        });
        printJson(out);
      }),
    );
  quality
    .command('watch')
    .description(
      '检查上次以来每个新户籍事件涉及的人员（疑似重复） / check persons of registry events since the last run',
    )
    .action(() => runCommand(async () => printJson(await withDeps((deps) => watchRegistryEvents(deps)))));
}
