// hukou import: load whichever contract files a directory holds (spec/data-exchange.md) into the register's own
// tables. Streaming (memory flat in file size apart from compact key sets), COPY into both engines, every bad row
// reported as file:line: column: reason. Without --skip-invalid a bad row means nothing lands (the batch is purged);
// a killed import leaves its batch 'running', and the next import purges it first, so a rerun ends with the data of
// one run. See docs/ARCHITECTURE.md, "Bulk import".
import { randomUUID } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../../domain/errors.ts';
import { EXCHANGE_FILES, EXCHANGE_ORDER } from '../../domain/exchange/columns.ts';
import type { Database } from '../../db/connection.ts';
import { CsvWriter, csvLine } from '../csv/writer.ts';
import { silentProgress, type Progress } from '../progress.ts';
import { acquireImportLock, fingerprint, purgeAbandoned, purgeBatch, refuseRepeat } from './batch.ts';
import { newCounts, newKeys, uuidPrefix, type ImportContext, type ImportCounts, type Reject } from './context.ts';
import { loadDivisions } from './divisions.ts';
import { loadHouseholds } from './households.ts';
import { loadPersons } from './persons.ts';
import { loadFeed } from './feeds.ts';
import { openSink, type BulkSink } from './sink.ts';
import { finishLoad, preloadKeys } from './finish.ts';
import { deferIndexes, restoreIndexes } from './deferred-indexes.ts';

export const REJECTS_FILE = 'rejects.csv';

export interface ImportOptions {
  dir: string;
  skipInvalid?: boolean;
  ignoreExtra?: boolean;
  /** Who loads (user name, or "cli"). */
  actor: string;
  progress?: Progress;
  /** Each rejected row as "file:line: column: reason" (the CLI prints them on stderr). */
  onReject?: (message: string) => void;
}

export interface ImportResult {
  batchId: string;
  status: 'committed' | 'failed';
  counts: ImportCounts;
  rejectsFile: string | null;
  purgedBatches: string[];
  seconds: number;
}

export function contractFiles(dir: string): Array<[kind: (typeof EXCHANGE_ORDER)[number], path: string]> {
  return EXCHANGE_ORDER.map((k) => [k, join(dir, EXCHANGE_FILES[k].file)] as [typeof k, string]).filter(([, p]) => existsSync(p));
}

export async function importDirectory(database: Database, options: ImportOptions): Promise<ImportResult> {
  const t0 = Date.now();
  const files = contractFiles(options.dir);
  if (files.length === 0) {
    throw DomainError.invalid([{ path: 'dir', message: `目录中没有可导入的文件（${EXCHANGE_ORDER.map((k) => EXCHANGE_FILES[k].file).join('、')}）` }]);
  }
  const sink = await openSink(database);
  let release: (() => Promise<void>) | null = null;
  try {
    release = await acquireImportLock(sink);
    const purgedBatches = await purgeAbandoned(sink);
    // After the purge (building indexes over rows about to be deleted would be wasted), before any load.
    await restoreIndexes(sink);
    const print = fingerprint(files.map(([, p]) => p));
    await refuseRepeat(sink, print);
    const batchId = randomUUID();
    await sink.query(
      "insert into import_batch (batch_id, status, actor, legal_basis, source, fingerprint) values ($1, 'running', $2, 'T10.1', $3, $4)",
      [batchId, options.actor, options.dir, print],
    );
    const result = await loadAll(database, sink, batchId, files, options);
    return { ...result, batchId, purgedBatches, seconds: Math.round((Date.now() - t0) / 100) / 10 };
  } finally {
    if (release) await release();
    await sink.release();
  }
}

async function loadAll(database: Database, sink: BulkSink, batchId: string, files: ReturnType<typeof contractFiles>, options: ImportOptions) {
  const progress = options.progress ?? silentProgress;
  const sizes = files.map(([, p]) => statSync(p).size);
  const totalBytes = sizes.reduce((a, b) => a + b, 0);
  let rejects: CsvWriter<string> | null = null;
  const rejectsPath = join(options.dir, REJECTS_FILE);
  let bytesBefore = 0;
  let rows = 0;
  const counts = newCounts();
  const [had] = await sink.query<{ any: boolean; persons: boolean }>(
    'select exists (select 1 from household) as any, exists (select 1 from person) as persons',
  );
  const ctx: ImportContext = {
    database, sink, batchId, counts, registerHadRows: Boolean(had?.any), ignoreExtra: options.ignoreExtra ?? false,
    units: new Set((await sink.query<{ code: string }>('select code from division_unit')).map((r) => r.code)),
    ...newKeys(),
    reject(r: Reject) {
      counts.rejected++;
      for (const i of r.issues) options.onReject?.(`${r.file}:${r.line}: ${i.column}: ${i.reason}`);
      rejects ??= new CsvWriter(rejectsPath, ['file', 'line', 'column', 'reason', 'row']);
      void rejects.write({
        file: r.file, line: String(r.line), column: r.issues.map((i) => i.column).join('; '),
        reason: r.issues.map((i) => i.reason).join('; '), row: csvLine(r.fields).slice(0, -1),
      });
    },
    onRows(n, bytesInFile) {
      rows += n;
      progress.update(bytesBefore + bytesInFile, rows);
    },
  };
  if (ctx.registerHadRows) await preloadKeys(ctx);
  // The initial load of an embedded register: build the secondary indexes once at the end (deferred-indexes.ts).
  // Not on a server, where the import already meets its budget, and not into a populated register, where
  // rebuilding over the rows already there would cost more than it saves.
  if (database.kind === 'pglite' && !ctx.registerHadRows && !had?.persons) await deferIndexes(sink, batchId);
  const prefixes = { household: uuidPrefix(randomUUID()), person: uuidPrefix(randomUUID()) };
  progress.start('导入 / import', totalBytes);
  try {
    for (const [i, [kind, path]] of files.entries()) {
      if (kind === 'divisions') await loadDivisions(ctx, path);
      else if (kind === 'households') await loadHouseholds(ctx, path, prefixes.household);
      else if (kind === 'persons') await loadPersons(ctx, path, prefixes);
      else await loadFeed(ctx, kind, path);
      bytesBefore += sizes[i]!;
    }
    progress.stop();
    const wroteRejects = rejects !== null;
    if (rejects) await (rejects as CsvWriter<string>).close();
    if (counts.rejected > 0 && !options.skipInvalid) {
      await purgeBatch(sink, batchId, 'failed');
      await restoreIndexes(sink);
      return { status: 'failed' as const, counts, rejectsFile: rejectsPath };
    }
    await finishLoad(ctx);
    return { status: 'committed' as const, counts, rejectsFile: wroteRejects ? rejectsPath : null };
  } catch (e) {
    progress.stop();
    await purgeBatch(sink, batchId, 'failed').catch(() => undefined);
    await restoreIndexes(sink).catch(() => undefined);
    throw e;
  }
}
