// hukou import: load whichever contract files a directory holds (spec/data-exchange.md) into the register's own
// tables. Streaming (memory flat in file size apart from compact key sets), COPY into both engines, every bad row
// reported as file:line: column: reason. Rows are parsed in a worker thread (parse-worker.ts) and written here.
// Without --skip-invalid a bad row means nothing lands (the batch is purged);
// a killed import leaves its batch 'running', and the next import purges it first, so a rerun ends with the data of
// one run. See docs/ARCHITECTURE.md, "Bulk import".
import { randomUUID } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../../domain/errors.ts';
import { EXCHANGE_FILES, EXCHANGE_ORDER } from '../../domain/exchange/columns.ts';
import type { Database } from '../../db/connection.ts';
import { silentProgress, type Progress } from '../progress.ts';
import { acquireImportLock, fingerprint, purgeAbandoned, purgeBatch, refuseRepeat } from './batch.ts';
import { uuidPrefix, type ImportCounts } from './context.ts';
import { openLanes, openSink, type BulkSink } from './sink.ts';
import { finishLoad } from './finish.ts';
import { deferIndexes, restoreIndexes } from './deferred-indexes.ts';
import { startParseThread, type ParseThread } from './parse-thread.ts';
import { startPhases, type Phases } from './phases.ts';

export const REJECTS_FILE = 'rejects.csv';

export interface ImportOptions {
  dir: string;
  skipInvalid?: boolean;
  ignoreExtra?: boolean;
  /** Who loads (user name, or "cli"). */
  actor: string;
  /** The moment the files stand for (the old system's extract), where the imported timelines start; default now. */
  baseline?: Date;
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
  /** Seconds spent per phase (prepare, copy, memberships, indexes, …), in the order they ran. */
  phases: Record<string, number>;
}

export function contractFiles(dir: string): Array<[kind: (typeof EXCHANGE_ORDER)[number], path: string]> {
  return EXCHANGE_ORDER.map((k) => [k, join(dir, EXCHANGE_FILES[k].file)] as [typeof k, string]).filter(
    ([, p]) => existsSync(p),
  );
}

/**
 * The register's initial load is an administrator's act and runs as the owner: it drops and restores indexes,
 * switches foreign-key triggers off (session_replication_role) and, on PGlite, copies from its /dev/blob device.
 */
export async function importDirectory(database: Database, options: ImportOptions): Promise<ImportResult> {
  return database.asOwner((owner) => importAsOwner(owner, options));
}

async function importAsOwner(database: Database, options: ImportOptions): Promise<ImportResult> {
  const t0 = Date.now();
  const phases = startPhases();
  phases.begin('prepare');
  const files = contractFiles(options.dir);
  if (files.length === 0) {
    throw DomainError.invalid([
      {
        path: 'dir',
        message: `目录中没有可导入的文件（${EXCHANGE_ORDER.map((k) => EXCHANGE_FILES[k].file).join('、')}）`,
      },
    ]);
  }
  // First: the worker's start-up overlaps everything up to the first row.
  const parser = startParseThread();
  let sink: BulkSink | null = null;
  let release: (() => Promise<void>) | null = null;
  try {
    sink = await openSink(database);
    release = await acquireImportLock(sink);
    const purgedBatches = await purgeAbandoned(sink);
    // After the purge (building indexes over rows about to be deleted would be wasted), before any load.
    await restoreIndexes(sink);
    const print = fingerprint(files.map(([, p]) => p));
    await refuseRepeat(sink, print);
    const batchId = randomUUID();
    await sink.query(
      "insert into import_batch (batch_id, status, actor, legal_basis, source, fingerprint, baseline_at) values ($1, 'running', $2, 'T10.1', $3, $4, coalesce($5::timestamptz, now()))",
      [batchId, options.actor, options.dir, print, options.baseline?.toISOString() ?? null],
    );
    const result = await loadAll(database, sink, parser, batchId, files, options, phases);
    return {
      ...result,
      batchId,
      purgedBatches,
      seconds: Math.round((Date.now() - t0) / 100) / 10,
      phases: phases.seconds(),
    };
  } finally {
    await parser.stop();
    if (release) await release();
    if (sink) await sink.release();
  }
}

async function loadAll(
  database: Database,
  sink: BulkSink,
  parser: ParseThread,
  batchId: string,
  files: ReturnType<typeof contractFiles>,
  options: ImportOptions,
  phases: Phases,
) {
  const progress = options.progress ?? silentProgress;
  const totalBytes = files.reduce((sum, [, p]) => sum + statSync(p).size, 0);
  const rejectsPath = join(options.dir, REJECTS_FILE);
  const [had] = await sink.query<{ any: boolean; persons: boolean }>(
    'select exists (select 1 from household) as any, exists (select 1 from person) as persons',
  );
  const registerHadRows = Boolean(had?.any);
  // The initial load of a register: build the secondary indexes once at the end (deferred-indexes.ts) — on PGlite
  // and, since issue 20, on PostgreSQL too (1 M persons: 42 s → 24–32 s). Not into a populated register, where
  // rebuilding over the rows already there would cost more than it saves.
  if (!registerHadRows && !had?.persons) await deferIndexes(sink, batchId);
  const prefixes = { household: uuidPrefix(randomUUID()), person: uuidPrefix(randomUUID()) };
  progress.start('导入 / import', totalBytes);
  phases.begin('copy');
  try {
    const job = {
      files,
      batchId,
      registerHadRows,
      ignoreExtra: options.ignoreExtra ?? false,
      prefixes,
      rejectsPath,
    };
    const outcome = await parser.run(job, sink, {
      onRows: (rows, bytes) => progress.update(bytes, rows),
      onReject: options.onReject,
    });
    progress.stop();
    const { counts } = outcome;
    if (counts.rejected > 0 && !options.skipInvalid) {
      phases.begin('purge');
      await purgeBatch(sink, batchId, 'failed');
      await restoreIndexes(sink);
      return { status: 'failed' as const, counts, rejectsFile: rejectsPath };
    }
    // One more connection: the end of a load is database work only, one backend per core (lanes.ts).
    const lanes = await openLanes(database, 1);
    try {
      await finishLoad(sink, batchId, outcome, phases, lanes);
    } finally {
      await Promise.all(lanes.map((lane) => lane.release()));
    }
    return { status: 'committed' as const, counts, rejectsFile: outcome.wroteRejects ? rejectsPath : null };
  } catch (e) {
    progress.stop();
    await purgeBatch(sink, batchId, 'failed').catch(() => undefined);
    await restoreIndexes(sink).catch(() => undefined);
    throw e;
  }
}
