// Use case: scan the whole register (T12) and refresh the work queue. The CLI runs it and waits; the API starts it
// and answers at once, the scan's progress and outcome kept in its quality_scan row (one running scan at a time).
// Findings are stored per county with the due date of the quality parameters.
import { DomainError } from '../../domain/errors.ts';
import { principalMay } from '../../domain/access/principal.ts';
import { FINDING_CODES, qualityParameters, type Finding } from '../../domain/quality/index.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { closeUnseen, findingsSeenBy, storeFindings } from '../../db/repositories/quality/findings.ts';
import {
  failScan,
  finishScan,
  latestScans,
  recordScanProgress,
  scanById,
  startScan,
  type ScanRow,
} from '../../db/repositories/quality/scans.ts';
import type { ScanRecord, ScanView } from '../../domain/quality/schema.ts';
import { scanRegister, type ScanOptions, type ScanStats } from '../../jobs/quality-scan/scan.ts';
import { auditActor, type AppDeps, type RequestContext } from '../context.ts';
import { CITY_COUNTY_CODE } from '../../domain/divisions/city.ts';

export interface ScanOutcome {
  scanId: number;
  findings: Finding[];
  counts: Record<string, number>;
  created: number;
  closed: number;
  stats: ScanStats;
}

export function qualityParametersNow(deps: AppDeps, division?: string) {
  return qualityParameters(deps.policy.parameters, deps.now().toISOString().slice(0, 10), division);
}

export function dueDate(deps: AppDeps, days: number): string {
  return new Date(deps.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A started scan: its id at once, its outcome when the register has been read and the queue refreshed. */
export interface StartedScan {
  scanId: number;
  outcome: Promise<ScanOutcome>;
}

/** Progress is written to the scan's row at most this often (a city's scan reports every 64 KB of text). */
const PROGRESS_WRITE_MS = 1000;

export async function startQualityScan(
  deps: AppDeps,
  ctx: RequestContext,
  options: ScanOptions & { trigger?: string } = {},
): Promise<StartedScan> {
  if (!principalMay(ctx.principal, 'quality.resolve', CITY_COUNTY_CODE)) {
    throw new DomainError(
      'forbidden',
      '全市质量检查须由市级民警发起 / a city-wide scan needs a city-level officer',
    );
  }
  const db = deps.database.db;
  const scanId = await startScan(db, options.trigger ?? 'manual', deps.now());
  let written = 0;
  const onProgress: ScanOptions['onProgress'] = (p) => {
    options.onProgress?.(p);
    if (p.phase === 'persons' && Date.now() - written >= PROGRESS_WRITE_MS) {
      written = Date.now();
      recordScanProgress(db, scanId, p.persons, p.total, deps.now()).catch(() => {}); // progress only: a lost write is harmless
    }
  };
  const outcome = scanAndStore(deps, ctx, scanId, { ...options, onProgress }).catch(async (e: unknown) => {
    await failScan(db, scanId, deps.now(), e instanceof Error ? e.message : String(e)).catch(() => {});
    throw e;
  });
  return { scanId, outcome };
}

/** Scan and wait for the outcome (the CLI, benchmarks, tests). */
export async function runQualityScan(
  deps: AppDeps,
  ctx: RequestContext,
  options: ScanOptions & { trigger?: string } = {},
): Promise<ScanOutcome> {
  return (await startQualityScan(deps, ctx, options)).outcome;
}

async function scanAndStore(
  deps: AppDeps,
  ctx: RequestContext,
  scanId: number,
  options: ScanOptions,
): Promise<ScanOutcome> {
  const db = deps.database.db;
  const params = qualityParametersNow(deps);
  const { findings, stats } = await scanRegister(deps.database, params, options);
  const created = await storeFindings(db, scanId, findings, dueDate(deps, params.dueDays), deps.now());
  const closed = await closeUnseen(db, scanId, deps.now());
  const counts = Object.fromEntries(
    FINDING_CODES.map((c) => [c, findings.filter((f) => f.code === c).length]),
  );
  await finishScan(db, scanId, deps.now(), counts, stats);
  await recordAudit(db, {
    ...auditActor(ctx),
    action: 'quality.scan',
    resourceType: 'quality-scan',
    resourceId: String(scanId),
    detail: { counts, created, closed },
  });
  return { scanId, findings, counts, created, closed, stats };
}

/** A scan as the API shows it: state and progress, and once done the findings it saw (at most 1,000). */
export async function scanView(deps: AppDeps, scanId: number): Promise<ScanView> {
  const row = await scanById(deps.database.db, scanId);
  if (!row) throw new DomainError('not-found', `没有第 ${scanId} 次检查 / no such scan`);
  const scan = toScanRecord(row);
  return {
    ...scan,
    findings: scan.state === 'done' ? await findingsSeenBy(deps.database.db, scanId, 1000) : [],
  };
}

/** The latest ten scans, newest first. */
export async function recentScans(deps: AppDeps): Promise<{ scans: ScanRecord[] }> {
  return { scans: (await latestScans(deps.database.db, 10)).map(toScanRecord) };
}

function toScanRecord(r: ScanRow): ScanRecord {
  return {
    scanId: Number(r.scan_id),
    trigger: r.trigger,
    state: r.state,
    startedAt: new Date(r.started_at).toISOString(),
    finishedAt: r.finished_at ? new Date(r.finished_at).toISOString() : null,
    persons: r.persons,
    total: r.total,
    counts: (typeof r.counts === 'string' ? JSON.parse(r.counts) : r.counts) as Record<string, number>,
    error: r.error,
  };
}
