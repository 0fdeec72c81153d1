// Whole-register scans (0500, 0502): claimed before the register is read, with progress while it runs, ended done
// or failed. The unique index quality_scan_one_running lets one scan run at a time in any process; a running scan
// whose progress has not moved for STALE_AFTER_MS is taken to have died with its process and is marked failed.
import type { Kysely, Selectable } from 'kysely';
import { DomainError } from '../../../domain/errors.ts';
import type { DB } from '../../schema.ts';

const STALE_AFTER_MS = 10 * 60_000;

/** Claim the one running scan; a conflict while another runs. */
export async function startScan(db: Kysely<DB>, trigger: string, at: Date): Promise<number> {
  await db
    .updateTable('quality_scan')
    .set({ state: 'failed', error: 'abandoned: no progress', updated_at: at })
    .where('state', '=', 'running')
    .where('updated_at', '<', new Date(at.getTime() - STALE_AFTER_MS))
    .execute();
  try {
    const r = await db
      .insertInto('quality_scan')
      .values({ started_at: at, trigger, state: 'running', updated_at: at })
      .returning('scan_id')
      .executeTakeFirstOrThrow();
    return Number(r.scan_id);
  } catch (e) {
    if ((e as { code?: string }).code === '23505')
      throw new DomainError('conflict', '已有一次全库检查正在进行，请等待其完成 / a scan is already running');
    throw e;
  }
}

export async function recordScanProgress(
  db: Kysely<DB>,
  scanId: number,
  persons: number,
  total: number | null,
  at: Date,
): Promise<void> {
  await db
    .updateTable('quality_scan')
    .set({ persons, total, updated_at: at })
    .where('scan_id', '=', scanId)
    .where('state', '=', 'running')
    .execute();
}

export async function finishScan(
  db: Kysely<DB>,
  scanId: number,
  at: Date,
  counts: Record<string, number>,
  stats: { persons: number },
) {
  await db
    .updateTable('quality_scan')
    .set({
      state: 'done',
      finished_at: at,
      updated_at: at,
      persons: stats.persons,
      counts: JSON.stringify(counts),
      stats: JSON.stringify(stats),
    })
    .where('scan_id', '=', scanId)
    .execute();
}

export async function failScan(db: Kysely<DB>, scanId: number, at: Date, error: string): Promise<void> {
  await db
    .updateTable('quality_scan')
    .set({ state: 'failed', finished_at: at, updated_at: at, error: error.slice(0, 500) })
    .where('scan_id', '=', scanId)
    .execute();
}

const SCAN_COLUMNS = [
  'scan_id',
  'trigger',
  'state',
  'started_at',
  'finished_at',
  'persons',
  'total',
  'counts',
  'error',
] as const;

export type ScanRow = Pick<Selectable<DB['quality_scan']>, (typeof SCAN_COLUMNS)[number]>;

export async function scanById(db: Kysely<DB>, scanId: number): Promise<ScanRow | null> {
  return (
    (await db
      .selectFrom('quality_scan')
      .select(SCAN_COLUMNS)
      .where('scan_id', '=', scanId)
      .executeTakeFirst()) ?? null
  );
}

/** The latest scans, newest first. */
export async function latestScans(db: Kysely<DB>, limit: number): Promise<ScanRow[]> {
  return db.selectFrom('quality_scan').select(SCAN_COLUMNS).orderBy('scan_id', 'desc').limit(limit).execute();
}
