// Use case: scan the whole register (T12) and refresh the work queue. The CLI runs it on demand; the periodic feed
// reconciliation runs it too. Findings are stored per county with the due date of the quality parameters.
import { DomainError } from '../../domain/errors.ts';
import { mayAct } from '../../domain/access/roles.ts';
import { FINDING_CODES, qualityParameters, type Finding } from '../../domain/quality/index.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import { closeUnseen, finishScan, startScan, storeFindings } from '../../db/repositories/quality/findings.ts';
import { scanRegister, type ScanOptions, type ScanStats } from '../../jobs/quality-scan/scan.ts';
import { loadParameterSet } from '../../policy-data/load.ts';
import { auditActor, type AppDeps, type RequestContext } from '../context.ts';

export interface ScanOutcome {
  scanId: number;
  findings: Finding[];
  counts: Record<string, number>;
  created: number;
  closed: number;
  stats: ScanStats;
}

export function qualityParametersNow(deps: AppDeps, division?: string) {
  return qualityParameters(loadParameterSet(), deps.now().toISOString().slice(0, 10), division);
}

export function dueDate(deps: AppDeps, days: number): string {
  return new Date(deps.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

export async function runQualityScan(deps: AppDeps, ctx: RequestContext, options: ScanOptions & { trigger?: string } = {}): Promise<ScanOutcome> {
  if (ctx.actor && !mayAct(ctx.actor, 'quality.resolve', '530600')) {
    throw new DomainError('forbidden', '全市质量检查须由市级民警发起 / a city-wide scan needs a city-level officer');
  }
  const db = deps.database.db;
  const params = qualityParametersNow(deps);
  const scanId = await startScan(db, options.trigger ?? 'manual', deps.now());
  const { findings, stats } = await scanRegister(deps.database, params, options);
  const created = await storeFindings(db, scanId, findings, dueDate(deps, params.dueDays), deps.now());
  const closed = await closeUnseen(db, scanId, deps.now());
  const counts = Object.fromEntries(FINDING_CODES.map((c) => [c, findings.filter((f) => f.code === c).length]));
  await finishScan(db, scanId, deps.now(), counts, stats);
  await recordAudit(db, { ...auditActor(ctx), action: 'quality.scan', resourceType: 'quality-scan', resourceId: String(scanId), detail: { counts, created, closed } });
  return { scanId, findings, counts, created, closed, stats };
}
