// The import batch: its fingerprint (so the same files never load twice), the lock (one import at a time), the purge
// of a batch a killed import left behind, and the batch row itself — the register's record of the load.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { DomainError } from '../../domain/errors.ts';
import type { BulkSink } from './sink.ts';

const EDGE = 1 << 20;

/** Size plus a hash of the first and last MiB of each file: cheap on 600 MB, and changes when the data does. */
export function fingerprint(paths: string[]): string {
  const h = createHash('sha256');
  const buf = Buffer.alloc(EDGE);
  for (const path of paths) {
    const size = statSync(path).size;
    h.update(`${basename(path)}:${size}\n`);
    const fd = openSync(path, 'r');
    try {
      h.update(buf.subarray(0, readSync(fd, buf, 0, EDGE, 0)));
      if (size > EDGE) h.update(buf.subarray(0, readSync(fd, buf, 0, EDGE, Math.max(EDGE, size - EDGE))));
    } finally {
      closeSync(fd);
    }
  }
  return h.digest('hex');
}

const LOCK_KEY = 5306_0006;
let inProcess = false;

/** One import at a time: a session advisory lock (released by the server if this process dies) and an in-process flag. */
export async function acquireImportLock(sink: BulkSink): Promise<() => Promise<void>> {
  if (inProcess) throw new DomainError('conflict', '已有导入正在进行 / another import is running');
  const [row] = await sink.query<{ ok: boolean }>('select pg_try_advisory_lock($1) as ok', [LOCK_KEY]);
  if (!row?.ok) throw new DomainError('conflict', '已有导入正在进行 / another import is running');
  inProcess = true;
  return async () => {
    inProcess = false;
    await sink.query('select pg_advisory_unlock($1)', [LOCK_KEY]);
  };
}

/**
 * Remove everything a batch brought (memberships, ID-number claims, persons, households, feed rows) and mark it, in one transaction.
 * Foreign-key triggers are skipped as in the load (sink.ts): the batch's persons go before its households, and
 * the per-household check would otherwise scan the person table once per household.
 */
export async function purgeBatch(sink: BulkSink, batchId: string, status: 'abandoned' | 'failed') {
  await sink.bulkTransaction([
    [
      'delete from membership m using person p where m.person_id = p.person_id and p.import_batch_id = $1',
      [batchId],
    ],
    [
      'delete from id_number_claim c using person p where c.person_id = p.person_id and p.import_batch_id = $1',
      [batchId],
    ],
    ['delete from person where import_batch_id = $1', [batchId]],
    ['delete from household where import_batch_id = $1', [batchId]],
    ['delete from quality_feed_record where source = $1', [`import:${batchId}`]],
    ['update import_batch set status = $2, finished_at = now() where batch_id = $1', [batchId, status]],
  ]);
}

/** Batches left 'running' by an import that died: with the lock held, none of them is alive. */
export async function purgeAbandoned(sink: BulkSink): Promise<string[]> {
  const rows = await sink.query<{ batch_id: string }>(
    "select batch_id from import_batch where status = 'running'",
  );
  for (const r of rows) await purgeBatch(sink, r.batch_id, 'abandoned');
  return rows.map((r) => r.batch_id);
}

export async function refuseRepeat(sink: BulkSink, print: string) {
  const [row] = await sink.query<{ batch_id: string; finished_at: Date }>(
    "select batch_id, finished_at from import_batch where fingerprint = $1 and status = 'committed'",
    [print],
  );
  if (row) {
    throw new DomainError(
      'conflict',
      `这些文件已导入（批次 ${row.batch_id}，${new Date(row.finished_at).toISOString()}） / these files were already imported`,
      [{ path: 'dir', message: '同一批文件不会重复导入 / the same files are never loaded twice' }],
    );
  }
}
