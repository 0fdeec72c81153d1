// The import's worker thread (started by parse-thread.ts): reads the contract files, validates every row, keeps the
// key sets, writes rejects.csv and turns good rows into COPY text for the main thread's sink (remote-sink.ts). Node's
// share of an import — CSV parsing, validation, pinyin keys, row text and the garbage they make — then runs on the
// machine's other core beside the database's work instead of between its statements (PGlite runs in the main thread).
import { statSync } from 'node:fs';
import { parentPort, type MessagePort } from 'node:worker_threads';
import type { EXCHANGE_ORDER } from '../../domain/exchange/columns.ts';
import { CsvWriter, csvLine } from '../csv/writer.ts';
import { newCounts, newKeys, preloadKeys, type ImportContext, type ImportCounts } from './context.ts';
import { loadDivisions } from './divisions.ts';
import { loadFeed } from './feeds.ts';
import { loadHouseholds } from './households.ts';
import { loadPersons } from './persons.ts';
import { remoteSink } from './remote-sink.ts';
import type { BulkSink } from './sink.ts';

export interface ParseJob {
  files: Array<[kind: (typeof EXCHANGE_ORDER)[number], path: string]>;
  batchId: string;
  registerHadRows: boolean;
  ignoreExtra: boolean;
  prefixes: { household: string; person: string };
  rejectsPath: string;
}

export interface ParseOutcome {
  counts: ImportCounts;
  /** See ImportContext.duplicateIds. */
  duplicateIds: string[] | null;
  wroteRejects: boolean;
}

/** Reports to the main thread: progress with the reject messages since the last one, then the outcome. */
export type FromWorker =
  | { t: 'rows'; rows: number; bytes: number; rejects: string[] }
  | { t: 'done'; outcome: ParseOutcome }
  | { t: 'failed'; error: unknown };

async function parseFiles(
  job: ParseJob,
  sink: BulkSink,
  post: (m: FromWorker) => void,
): Promise<ParseOutcome> {
  const sizes = job.files.map(([, p]) => statSync(p).size);
  let bytesBefore = 0;
  let rows = 0;
  let messages: string[] = [];
  let rejects: CsvWriter<string> | null = null;
  const counts = newCounts();
  const ctx: ImportContext = {
    sink,
    batchId: job.batchId,
    counts,
    registerHadRows: job.registerHadRows,
    ignoreExtra: job.ignoreExtra,
    units: new Set((await sink.query<{ code: string }>('select code from division_unit')).map((r) => r.code)),
    ...newKeys(),
    reject(r) {
      counts.rejected++;
      for (const i of r.issues) messages.push(`${r.file}:${r.line}: ${i.column}: ${i.reason}`);
      rejects ??= new CsvWriter(job.rejectsPath, ['file', 'line', 'column', 'reason', 'row']);
      void rejects.write({
        file: r.file,
        line: String(r.line),
        column: r.issues.map((i) => i.column).join('; '),
        reason: r.issues.map((i) => i.reason).join('; '),
        row: csvLine(r.fields).slice(0, -1),
      });
    },
    onRows(n, bytesInFile) {
      rows += n;
      post({ t: 'rows', rows, bytes: bytesBefore + bytesInFile, rejects: messages });
      messages = [];
    },
  };
  if (ctx.registerHadRows) await preloadKeys(ctx);
  for (const [i, [kind, path]] of job.files.entries()) {
    if (kind === 'divisions') await loadDivisions(ctx, path);
    else if (kind === 'households') await loadHouseholds(ctx, path, job.prefixes.household);
    else if (kind === 'persons') await loadPersons(ctx, path, job.prefixes);
    else await loadFeed(ctx, kind, path);
    bytesBefore += sizes[i]!;
  }
  if (rejects) await (rejects as CsvWriter<string>).close();
  post({ t: 'rows', rows, bytes: bytesBefore, rejects: messages });
  return { counts, duplicateIds: ctx.duplicateIds, wroteRejects: rejects !== null };
}

const port = parentPort!;
port.once('message', (m: { job: ParseJob; sink: MessagePort }) => {
  const sink = remoteSink(m.sink);
  parseFiles(m.job, sink, (message) => port.postMessage(message))
    // Done only once the main thread has written everything: COPY ends are queued, not awaited (remote-sink.ts).
    .then(async (outcome) => {
      await sink.release();
      port.postMessage({ t: 'done', outcome } satisfies FromWorker);
    })
    .catch((error: unknown) => port.postMessage({ t: 'failed', error } satisfies FromWorker));
});
